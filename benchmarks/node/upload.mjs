// One upload of a file through the official SDK, as its README shows (fs.createReadStream); started by
// NodeSdkBenchmark. Arguments: baseURL privateKey file. Prints one RESULT line with the time and the peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import ImageKit from '@imagekit/nodejs';

const [baseURL, privateKey, file] = process.argv.slice(2);
const client = new ImageKit({ privateKey, baseURL, timeout: 180_000, maxRetries: 0 });

const started = performance.now();
await client.files.upload({ file: fs.createReadStream(file), fileName: path.basename(file) });
const millis = Math.round(performance.now() - started);
const vmHwmKb = fs.readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+)/)[1];
console.log(`RESULT millis=${millis} vmHwmKb=${vmHwmKb}`);
