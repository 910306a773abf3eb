// files.get through the official SDK with a fixed number of calls in flight; started by NodeSdkBenchmark.
// Arguments: baseURL privateKey fileId concurrency warmUpSeconds seconds. Prints one RESULT line.
import ImageKit from '@imagekit/nodejs';

const [baseURL, privateKey, fileId, concurrencyArg, warmUpArg, secondsArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const client = new ImageKit({ privateKey, baseURL });

async function load(seconds) {
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  async function caller() {
    while (performance.now() < end) {
      const callStarted = performance.now();
      try {
        await client.files.get(fileId);
        latencies.push(performance.now() - callStarted);
      } catch (error) {
        if (errors++ === 0) {
          console.error(`first error: ${error}`);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.max(0, Math.ceil(p * latencies.length) - 1)] ?? NaN;
  return { calls: latencies.length, errors, seconds: elapsed, p50: percentile(0.5), p99: percentile(0.99) };
}

await load(Number(warmUpArg));
const result = await load(Number(secondsArg));
console.log(`RESULT calls=${result.calls} errors=${result.errors} seconds=${result.seconds.toFixed(3)} `
  + `p50Ms=${result.p50.toFixed(3)} p99Ms=${result.p99.toFixed(3)}`);
