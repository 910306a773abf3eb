package io.github.imagekitspring.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload, then list and search with the searchQuery language, over plain HTTP. */
class SearchBehaviourTest {

	static final Instant START = Instant.parse("2026-05-01T12:00:00Z");

	static final MutableClock CLOCK = MutableClock.at(START);

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create((b) -> b.clock(CLOCK));

	Http http;

	@BeforeEach
	void seed(ImageKitEmulator emulator) {
		CLOCK.set(START);
		this.http = new Http(emulator);
		this.http.post("/v1/customMetadataFields", Map.of("name", "brand", "label", "Brand", "schema", Map.of("type", "Text")));
		this.http.post("/v1/customMetadataFields", Map.of("name", "price", "label", "Price", "schema", Map.of("type", "Number")));
		// old.jpg is 10 days older than the rest.
		this.http.uploadFile("old.jpg", TestImages.jpeg(100, 50), Map.of("useUniqueFileName", "false", "tags", "archive"));
		CLOCK.advance(Duration.ofDays(10));
		this.http.uploadFile("shoe-red.png", TestImages.png(400, 300), Map.of("useUniqueFileName", "false", "folder", "/products",
				"tags", "shoe,red", "customMetadata", "{\"brand\":\"Nike\",\"price\":120}"));
		this.http.uploadFile("shoe-blue.png", TestImages.png(200, 600), Map.of("useUniqueFileName", "false", "folder", "/products",
				"tags", "shoe,blue", "isPrivateFile", "true", "customMetadata", "{\"brand\":\"Adidas\",\"price\":80}"));
		this.http.uploadFile("notes.txt", new byte[2048], Map.of("useUniqueFileName", "false", "folder", "/docs"));
	}

	private List<String> search(String query) {
		Http.Response r = this.http.get("/v1/files?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&sort=ASC_NAME");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		r.json().forEach((n) -> names.add(n.get("name").asString()));
		return names;
	}

	@Test
	void uploadedFilesAreFoundBySearch() {
		assertThat(search("tags IN [\"shoe\"]")).containsExactly("shoe-blue.png", "shoe-red.png");
		assertThat(search("name : \"shoe-\" AND tags IN [\"red\"]")).containsExactly("shoe-red.png");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"name = \"old.jpg\"|old.jpg",
			"name NOT IN [\"old.jpg\", \"notes.txt\", \"products\", \"docs\"]|shoe-blue.png,shoe-red.png",
			"tags NOT IN [\"shoe\", \"archive\"] AND type = \"file\"|notes.txt",
			"createdAt < \"7d\"|old.jpg",
			"createdAt > \"7d\" AND format = \"png\"|shoe-blue.png,shoe-red.png",
			"createdAt >= \"2026-05-11\" AND type = \"file\"|notes.txt,shoe-blue.png,shoe-red.png",
			"size > \"1kb\" AND size < \"1mb\" AND format IN [\"txt\"]|notes.txt",
			"width >= 200 AND height > 400|shoe-blue.png",
			"private = true|shoe-blue.png",
			"published = true AND private = false AND format = \"png\"|shoe-red.png",
			"\"customMetadata.brand\" = \"Nike\"|shoe-red.png",
			"\"customMetadata.price\" < 100 OR name = \"old.jpg\"|old.jpg,shoe-blue.png",
			"(tags IN [\"red\"] OR tags IN [\"blue\"]) AND \"customMetadata.price\" >= 100|shoe-red.png",
			"type = \"folder\"|docs,products",
			"type IN [\"folder\"] AND name : \"pro\"|products" })
	void searchQueryClauses(String query, String expected) {
		assertThat(search(query)).containsExactly(expected.split(","));
	}

	@ParameterizedTest
	@ValueSource(strings = { "transparency = true", "\"embeddedMetadata.Keywords\" IN [\"a\"]", "tags = \"shoe\"", "name > \"a\"",
			"name = ", "(name = \"a\"", "name = \"a\" AND", "\"customMetadata.colour\" = \"red\"", "size > \"big\"",
			"createdAt > \"yesterday\"", "private = yes", "name = \"a\" XOR name = \"b\"", "\"customMetadata.brand\" < \"x\"" })
	void unsupportedOrInvalidQueriesAreRejected(String query) {
		Http.Response r = this.http.get("/v1/files?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("message").asString()).startsWith("Invalid search query:");
	}

	@Test
	void listFiltersAndPagination() {
		JsonNode products = this.http.get("/v1/files?path=/products&sort=DESC_SIZE").json();
		assertThat(products).hasSize(2);
		assertThat(this.http.get("/v1/files?fileType=non-image").json()).hasSize(1);
		assertThat(this.http.get("/v1/files?type=folder").json()).hasSize(2);
		assertThat(this.http.get("/v1/files?type=all").json()).hasSize(6);
		List<String> page = new ArrayList<>();
		for (int skip = 0; skip < 4; skip += 2) {
			this.http.get("/v1/files?sort=ASC_NAME&limit=2&skip=" + skip).json().forEach((n) -> page.add(n.get("name").asString()));
		}
		assertThat(page).containsExactly("notes.txt", "old.jpg", "shoe-blue.png", "shoe-red.png");
		assertThat(this.http.get("/v1/files?limit=0").status()).isEqualTo(400);
		assertThat(this.http.get("/v1/files?sort=SIDEWAYS").status()).isEqualTo(400);
	}

	@Test
	void uploadReadsImageDimensionsAndHonoursResponseFields() {
		Http.Response up = this.http.uploadFile("pic.png", TestImages.png(33, 21), Map.of("responseFields", "tags,metadata", "tags", "t"));
		assertThat(up.json().get("width").asInt()).isEqualTo(33);
		assertThat(up.json().get("height").asInt()).isEqualTo(21);
		assertThat(up.json().get("tags").get(0).asString()).isEqualTo("t");
		assertThat(up.json().get("metadata").get("format").asString()).isEqualTo("png");
		assertThat(up.json().has("isPrivateFile")).isFalse();
		assertThat(up.json().get("name").asString()).matches("pic_[A-Za-z0-9]{10}\\.png");
	}

}
