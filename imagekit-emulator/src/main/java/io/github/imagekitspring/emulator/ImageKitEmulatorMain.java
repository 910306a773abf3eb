package io.github.imagekitspring.emulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone:
 * {@code java -jar imagekit-emulator-exec.jar --port=8089 --private-key=... --public-key=...}.
 * Options: {@code --host}, {@code --port}, {@code --private-key}, {@code --public-key},
 * {@code --url-endpoint-prefix}, {@code --url-endpoint} (the advertised one), {@code --storage-dir},
 * {@code --rate-limit=LIMIT/INTERVAL_MS[,LIMIT/INTERVAL_MS...]} (account-wide windows for every API operation).
 */
public final class ImageKitEmulatorMain {

	private ImageKitEmulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		ImageKitEmulator.Builder builder = ImageKitEmulator.builder().port(8089);
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				usage("Unrecognised argument: " + arg);
				return;
			}
			String name = arg.substring(2, eq);
			String value = arg.substring(eq + 1);
			switch (name) {
				case "host" -> builder.host(value);
				case "port" -> builder.port(Integer.parseInt(value));
				case "private-key" -> builder.privateKey(value);
				case "public-key" -> builder.publicKey(value);
				case "url-endpoint-prefix" -> builder.urlEndpointPrefix(value);
				case "url-endpoint" -> builder.urlEndpoint(value);
				case "storage-dir" -> builder.storageDirectory(java.nio.file.Path.of(value));
				case "rate-limit" -> {
					try {
						builder.rateLimits(RateLimit.parseAll(value));
					}
					catch (IllegalArgumentException ex) {
						usage(ex.getMessage());
						return;
					}
				}
				default -> {
					usage("Unknown option: --" + name);
					return;
				}
			}
		}
		ImageKitEmulator emulator = builder.build().start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}));
		System.out.println("ImageKit emulator listening on " + emulator.baseUrl() + " (URL endpoint " + emulator.urlEndpoint() + ")");
		stopped.await();
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("Usage: java -jar imagekit-emulator-exec.jar [--host=127.0.0.1] [--port=8089] [--private-key=KEY]"
				+ " [--public-key=KEY] [--url-endpoint-prefix=ik] [--url-endpoint=http://localhost:8089/ik] [--storage-dir=DIR] [--rate-limit=LIMIT/INTERVAL_MS[,LIMIT/INTERVAL_MS...]]");
		System.exit(2);
	}

}
