package io.github.imagekitspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.imagekitspring.ImageKitClient;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code META-INF/spring-configuration-metadata.json}, as IDEs show it: a description for every
 * property and the default of every property that has one.
 */
class ConfigurationMetadataTests {

	private final Map<String, JsonNode> properties = read();

	@Test
	void everyPropertyWithADefaultShowsIt() {
		BeanWrapperImpl defaults = new BeanWrapperImpl(new ImageKitProperties());
		List<String> checked = new ArrayList<>();
		this.properties.forEach((name, property) -> {
			String path = beanPath(name);
			if (!defaults.isReadableProperty(path)) {
				return;
			}
			Object value = defaults.getPropertyValue(path);
			if (value == null || (value instanceof Map<?, ?> map && map.isEmpty())
					|| (value instanceof Collection<?> collection && collection.isEmpty())) {
				return;
			}
			JsonNode shown = property.get("defaultValue");
			assertThat(shown).as("default of %s", name).isNotNull();
			assertThat(parse(shown, value)).as("default of %s", name).isEqualTo(normalized(value));
			checked.add(name);
		});
		assertThat(checked).contains("imagekit.api-base-url", "imagekit.upload-base-url", "imagekit.retry.call-timeout",
				"imagekit.observations.expected-error-statuses");
	}

	@Test
	void theBaseUrlsDefaultToImageKit() {
		assertThat(this.properties.get("imagekit.api-base-url").get("defaultValue").asString())
			.isEqualTo(ImageKitClient.DEFAULT_API_BASE_URL);
		assertThat(this.properties.get("imagekit.upload-base-url").get("defaultValue").asString())
			.isEqualTo(ImageKitClient.DEFAULT_UPLOAD_BASE_URL);
	}

	@Test
	void everyPropertyIsDescribedAndNamedAccountsListTheirProperties() {
		this.properties.forEach((name, property) -> assertThat(property.path("description").asString(""))
			.as("description of %s", name)
			.isNotBlank());
		assertThat(this.properties.get("imagekit.clients").get("description").asString()).contains(
				"imagekit.clients.<name>.private-key", ".public-key", ".url-endpoint", ".webhook-secret",
				".api-base-url", ".upload-base-url");
	}

	@Test
	void theEmbeddedEmulatorIsOffByDefault() {
		assertThat(this.properties.get("imagekit.emulator.enabled").get("defaultValue").asBoolean()).isFalse();
		assertThat(this.properties).containsKey("imagekit.emulator.storage-dir");
	}

	private static Object parse(JsonNode shown, Object value) {
		if (value instanceof Duration) {
			return DurationStyle.detectAndParse(shown.asString());
		}
		if (value instanceof DataSize) {
			return DataSize.parse(shown.asString());
		}
		if (value instanceof Enum<?> constant) {
			return Enum.valueOf(constant.getDeclaringClass(), shown.asString().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		if (value instanceof Collection<?>) {
			List<Object> items = new ArrayList<>();
			shown.values().forEach((item) -> items.add(item.isNumber() ? item.numberValue().toString() : item.asString()));
			return items.stream().map(String::valueOf).sorted().toList();
		}
		if (value instanceof Number) {
			return normalized(shown.numberValue());
		}
		return shown.isBoolean() ? shown.asBoolean() : shown.asString();
	}

	private static Object normalized(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).sorted().toList();
		}
		if (value instanceof Number number) {
			return (number instanceof Double d && d == Math.rint(d)) ? String.valueOf(d.longValue()) : number.toString();
		}
		return value;
	}

	private static String beanPath(String name) {
		String[] parts = name.substring(ImageKitProperties.PREFIX.length() + 1).split("\\.");
		StringBuilder path = new StringBuilder();
		for (String part : parts) {
			if (!path.isEmpty()) {
				path.append('.');
			}
			String[] words = part.split("-");
			path.append(words[0]);
			for (int i = 1; i < words.length; i++) {
				path.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
		}
		return path.toString();
	}

	private static Map<String, JsonNode> read() {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			Map<String, JsonNode> byName = new TreeMap<>();
			JsonMapper.shared().readTree(in).get("properties").values().forEach((property) -> {
				if (property.get("name").asString().startsWith(ImageKitProperties.PREFIX + ".")) {
					byName.put(property.get("name").asString(), property);
				}
			});
			return byName;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
