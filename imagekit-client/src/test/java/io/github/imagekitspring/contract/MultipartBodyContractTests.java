package io.github.imagekitspring.contract;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.imagekitspring.contract.ImageKitSpec.SpecOperation;
import io.github.imagekitspring.contract.MultipartBodyContract.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multipart check of the contract suite finds what breaks the spec's upload schemas, so a passing upload case
 * means something.
 */
class MultipartBodyContractTests {

	private static final SpecOperation V1 = ImageKitSpec.find("POST", "/api/v1/files/upload").orElseThrow();

	private static final SpecOperation V2 = ImageKitSpec.find("POST", "/api/v2/files/upload").orElseThrow();

	@Test
	void aFormWithTheRequiredPartsAndWellEncodedFieldsPasses() {
		List<Part> parts = new ArrayList<>(required());
		parts.add(Part.text("useUniqueFileName", "false"));
		parts.add(Part.text("tags", "a,b"));
		parts.add(Part.text("responseFields", "tags,metadata"));
		parts.add(Part.text("extensions", "[{\"name\":\"google-auto-tagging\",\"minConfidence\":95,\"maxTags\":5}]"));
		parts.add(Part.text("customMetadata", "{\"brand\":\"Nike\"}"));
		parts.add(Part.text("transformation",
				"{\"post\":[{\"type\":\"abs\",\"value\":\"sr-240\",\"protocol\":\"hls\"}]}"));
		parts.add(Part.text("expire", "1735689600"));

		assertThat(errors(MultipartBodyContract.validate(parts, V1))).isEmpty();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = { "fileNme|photo.jpg", "useUniqueFileName|yes", "responseFields|tags,bogus",
			"expire|tomorrow", "extensions|[{\"name\":\"google-auto-tagging\"}]",
			"extensions|[{\"name\":\"no-such-extension\"}]",
			"transformation|{\"post\":[{\"type\":\"abs\",\"value\":\"sr-240\"}]}", "customMetadata|[1]" })
	void aPartThatBreaksTheSchemaIsReported(String name, String value) {
		List<Part> parts = new ArrayList<>(required());
		parts.add(Part.text(name, value));

		assertThat(errors(MultipartBodyContract.validate(parts, V1))).isNotEmpty();
	}

	@Test
	void missingRequiredPartsAndFieldsOfV1OnlyAreReportedForV2() {
		assertThat(errors(MultipartBodyContract.validate(List.of(Part.text("file", "https://example.com/a.jpg")), V1)))
			.isNotEmpty();
		List<Part> withPublicKey = new ArrayList<>(required());
		withPublicKey.add(Part.text("publicKey", "public_abc"));
		assertThat(errors(MultipartBodyContract.validate(withPublicKey, V1))).isEmpty();
		assertThat(errors(MultipartBodyContract.validate(withPublicKey, V2))).isNotEmpty();
	}

	private static List<Part> required() {
		return List.of(Part.text("fileName", "photo.jpg"), new Part("file", "\u00ff\u00d8binary", true));
	}

	private static List<ValidationReport.Message> errors(ValidationReport report) {
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.toList();
	}

}
