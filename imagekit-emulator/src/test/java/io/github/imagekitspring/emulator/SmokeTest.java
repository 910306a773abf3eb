package io.github.imagekitspring.emulator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {

	@RegisterExtension
	static ImageKitEmulatorExtension imagekit = ImageKitEmulatorExtension.create();

	@Test
	void uploadAndGet(ImageKitEmulator emulator) {
		Http http = new Http(emulator);
		Http.Response up = http.uploadFile("a.png", TestImages.png(3, 2), Map.of("tags", "x,y", "responseFields", "tags"));
		System.out.println(up.body());
		String id = up.json().get("fileId").asString();
		Http.Response details = http.get("/v1/files/" + id + "/details");
		System.out.println(details.body());
		assertThat(details.status()).isEqualTo(200);
		assertThat(details.header("x-ik-requestId")).isNotBlank();
	}

}
