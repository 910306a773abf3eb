package io.github.imagekitspring.autoconfigure.emulator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.emulator.ImageKitEmulator;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Points the emulator's webhooks at this application's endpoint once its port is known.
 */
final class EmulatorWebhooksToSelf implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(EmulatorWebhooksToSelf.class);

	private final ImageKitEmulator emulator;

	private final @Nullable String secret;

	private final Environment environment;

	private final String basePathProperty;

	EmulatorWebhooksToSelf(ImageKitEmulator emulator, @Nullable String secret, Environment environment,
			String basePathProperty) {
		this.emulator = emulator;
		this.secret = secret;
		this.environment = environment;
		this.basePathProperty = basePathProperty;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Integer port = this.environment.getProperty("local.server.port", Integer.class);
		// No server (a mock web environment), or no secret, which the webhook endpoint itself refuses.
		if (port == null || !StringUtils.hasText(this.secret)) {
			return;
		}
		try {
			this.emulator.webhookSecret(this.secret);
		}
		catch (IllegalArgumentException ex) {
			logger.warn("The ImageKit emulator sends no webhooks to this application: imagekit.webhook-secret is not "
					+ "in the whsec_<Base64> form it signs with");
			return;
		}
		String host = this.environment.getProperty("server.address", "127.0.0.1");
		String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
				+ this.environment.getProperty(this.basePathProperty, "").replaceAll("/+$", "")
				+ this.environment.getProperty("imagekit.webhooks.path", "");
		this.emulator.addWebhookUrl(url);
		logger.info("The ImageKit emulator sends its webhooks to " + url);
	}

}
