package io.github.imagekitspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitClient;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.PlaceholderResolutionException;

/**
 * Explains the startup failures of the {@code imagekit.*} configuration: which property, where it was set, and how
 * to fix it, including how to run without an account. Never shows a key or a secret. Ahead of Boot's own analyzers,
 * which would print the value and a generic advice.
 */
class ImageKitFailureAnalyzer implements FailureAnalyzer, Ordered {

	static final String OFFLINE = "To run without an ImageKit account, add io.github.imagekitspring:imagekit-emulator "
			+ "(test scope, or runtime in a sample) and set imagekit.emulator.enabled=true, for example in a "
			+ "development profile or a test; or set imagekit.enabled=false to turn the ImageKit client off.";

	private final Environment environment;

	ImageKitFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnresolvedPlaceholderException unresolved) {
				return unresolvedPlaceholder(unresolved.getName(), unresolved.placeholder(), origin(unresolved.getName()),
						failure);
			}
			if (cause instanceof InvalidConfigurationPropertyValueException invalid
					&& invalid.getName().startsWith(ImageKitProperties.PREFIX + ".")) {
				return invalidValue(invalid, failure);
			}
			if (cause instanceof PlaceholderResolutionException unresolvable) {
				FailureAnalysis analysis = unresolvablePlaceholder(unresolvable, failure);
				if (analysis != null) {
					return analysis;
				}
			}
		}
		return null;
	}

	private FailureAnalysis invalidValue(InvalidConfigurationPropertyValueException ex, Throwable failure) {
		String name = ex.getName();
		StringBuilder description = new StringBuilder("Invalid ImageKit configuration, property '").append(name)
			.append("'");
		if (isUrl(name) && ex.getValue() != null && !ex.getValue().toString().isEmpty()) {
			description.append(" = '").append(ex.getValue()).append("'");
		}
		description.append(origin(name)).append(": ").append(ex.getReason());
		return new FailureAnalysis(description.toString(), action(name), failure);
	}

	private static String action(String name) {
		if (name.endsWith(".private-key")) {
			return "Set " + name + " to the private key of your ImageKit account (ImageKit dashboard, Developer "
					+ "options; it starts with private_), for example from an environment variable with "
					+ name + ": ${IMAGEKIT_PRIVATE_KEY:}. " + OFFLINE;
		}
		if (name.endsWith(".public-key")) {
			return "Set " + name + " to the public key of your ImageKit account (it starts with public_), or "
					+ "remove it; it is only needed for client-side upload credentials.";
		}
		if (name.endsWith(".webhook-secret")) {
			return "Set " + name + " to the webhook secret shown in the ImageKit dashboard (it starts with "
					+ "whsec_), or remove it if the application does not verify webhooks.";
		}
		if (name.endsWith(".api-base-url") || name.endsWith(".upload-base-url")) {
			String standard = name.endsWith(".api-base-url") ? ImageKitClient.DEFAULT_API_BASE_URL
					: ImageKitClient.DEFAULT_UPLOAD_BASE_URL;
			return "Remove " + name + " to use ImageKit (" + standard + "), or set it to an absolute https URL; plain "
					+ "http is accepted only for a loopback host, such as an emulator in tests. " + OFFLINE;
		}
		if (name.endsWith(".url-endpoint")) {
			return "Set " + name + " to the URL endpoint of your account, such as "
					+ "https://ik.imagekit.io/your_imagekit_id, or remove it.";
		}
		return "Change " + name + " as the reason above says, or remove it to use its default.";
	}

	private static boolean isUrl(String name) {
		return name.endsWith("-url") || name.endsWith(".url-endpoint");
	}

	/** Only a placeholder that an {@code imagekit.*} property refers to is ours to explain. */
	private @Nullable FailureAnalysis unresolvablePlaceholder(PlaceholderResolutionException ex, Throwable failure) {
		String placeholder = ex.getPlaceholder();
		ConfigurationProperty property = findReferring(placeholder);
		if (property == null) {
			return null;
		}
		return unresolvedPlaceholder(property.getName().toString(), placeholder, originText(property), failure);
	}

	private static FailureAnalysis unresolvedPlaceholder(String name, String placeholder, String origin,
			Throwable failure) {
		String fallback = name.endsWith(".api-base-url") ? ImageKitClient.DEFAULT_API_BASE_URL
				: name.endsWith(".upload-base-url") ? ImageKitClient.DEFAULT_UPLOAD_BASE_URL : "";
		String description = "The ImageKit property '" + name + "'" + origin + " refers to '${" + placeholder
				+ "}', which is not set, and the placeholder has no default.";
		String action = "Set " + placeholder + " (an environment variable or a system property), or give the "
				+ "placeholder a default: " + name + ": ${" + placeholder + ":" + fallback + "}"
				+ (name.endsWith(".private-key") ? ", so that a missing key is reported as such. " + OFFLINE : ".");
		return new FailureAnalysis(description, action, failure);
	}

	private @Nullable ConfigurationProperty findReferring(String placeholder) {
		ConfigurationPropertyName prefix = ConfigurationPropertyName.of(ImageKitProperties.PREFIX);
		String reference = "${" + placeholder;
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				for (ConfigurationPropertyName name : (Iterable<ConfigurationPropertyName>) iterable.stream()::iterator) {
					if (prefix.isAncestorOf(name)) {
						ConfigurationProperty property = source.getConfigurationProperty(name);
						if (property != null && String.valueOf(property.getValue()).contains(reference)) {
							return property;
						}
					}
				}
			}
		}
		return null;
	}

	private String origin(String name) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.adapt(name, '.'));
			if (property != null) {
				return originText(property);
			}
		}
		return "";
	}

	private static String originText(ConfigurationProperty property) {
		return (property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "";
	}

}
