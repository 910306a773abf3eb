package io.github.imagekitspring.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone:
 * {@code java -jar imagekit-emulator-exec.jar --port=8089 --private-key=... --public-key=...}.
 * Options: {@code --host}, {@code --port}, {@code --private-key}, {@code --public-key},
 * {@code --url-endpoint-prefix}, {@code --url-endpoint} (the advertised one), {@code --storage-dir},
 * {@code --rate-limit=LIMIT/INTERVAL_MS[,LIMIT/INTERVAL_MS...]} (account-wide windows for every API operation),
 * {@code --admin-port} (default 8090: {@code GET /health} and {@code GET /requests}, the request log as JSON),
 * {@code --webhook-url=URL[,URL...]} (repeatable: where to send webhooks), {@code --webhook-secret=whsec_...}
 * (what they are signed with, default {@link ImageKitEmulator#DEFAULT_WEBHOOK_SECRET}).
 */
public final class ImageKitEmulatorMain {

	private ImageKitEmulatorMain() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		ImageKitEmulator.Builder builder = ImageKitEmulator.builder().port(8089);
		String host = "127.0.0.1";
		int adminPort = 8090;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				usage("Unrecognised argument: " + arg);
				return;
			}
			String name = arg.substring(2, eq);
			String value = arg.substring(eq + 1);
			switch (name) {
				case "host" -> {
					host = value;
					builder.host(value);
				}
				case "admin-port" -> adminPort = Integer.parseInt(value);
				case "port" -> builder.port(Integer.parseInt(value));
				case "private-key" -> builder.privateKey(value);
				case "public-key" -> builder.publicKey(value);
				case "url-endpoint-prefix" -> builder.urlEndpointPrefix(value);
				case "url-endpoint" -> builder.urlEndpoint(value);
				case "storage-dir" -> builder.storageDirectory(java.nio.file.Path.of(value));
				case "webhook-url" -> {
					try {
						for (String url : value.split(",")) {
							builder.webhookUrl(url);
						}
					}
					catch (IllegalArgumentException ex) {
						usage(ex.getMessage());
						return;
					}
				}
				case "webhook-secret" -> {
					try {
						builder.webhookSecret(value);
					}
					catch (IllegalArgumentException ex) {
						usage(ex.getMessage());
						return;
					}
				}
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
		AdminServer admin = AdminServer.start(emulator, host, adminPort);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			admin.close();
			emulator.close();
			stopped.countDown();
		}));
		String adminUrl = emulator.baseUrl().replaceFirst(":\\d+$", ":" + admin.port());
		System.out.println("ImageKit emulator listening on " + emulator.baseUrl() + " (URL endpoint " + emulator.urlEndpoint()
				+ "; health " + adminUrl + "/health, request log " + adminUrl + "/requests)");
		if (!emulator.webhookUrls().isEmpty()) {
			System.out.println("Sending webhooks to " + String.join(", ", emulator.webhookUrls()));
		}
		stopped.await();
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("Usage: java -jar imagekit-emulator-exec.jar [--host=127.0.0.1] [--port=8089] [--private-key=KEY]"
				+ " [--public-key=KEY] [--url-endpoint-prefix=ik] [--url-endpoint=http://localhost:8089/ik] [--storage-dir=DIR] [--rate-limit=LIMIT/INTERVAL_MS[,LIMIT/INTERVAL_MS...]] [--admin-port=8090]"
				+ " [--webhook-url=URL[,URL...]] [--webhook-secret=whsec_BASE64]");
		System.exit(2);
	}

}
