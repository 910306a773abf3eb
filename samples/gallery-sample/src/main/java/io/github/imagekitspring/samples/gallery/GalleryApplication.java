package io.github.imagekitspring.samples.gallery;

import java.time.Clock;

import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;
import io.github.imagekitspring.upload.UploadAuthentication;
import io.github.imagekitspring.urls.UrlOperations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The gallery: open http://localhost:8080, or run it with {@code --tour} to walk through the API and exit.
 */
@SpringBootApplication
public class GalleryApplication {

	public static void main(String[] args) {
		SpringApplication.run(GalleryApplication.class, args);
	}

	@Bean
	UploadAuthentication uploadAuthentication(ImageKitConnectionDetails account) {
		return UploadAuthentication.create(publicKey(account), account.getPrivateKey(), Clock.systemUTC());
	}

	@Bean
	UrlOperations urlOperations(ImageKitConnectionDetails account) {
		String urlEndpoint = account.getUrlEndpoint();
		if (urlEndpoint == null) {
			throw new IllegalStateException("The gallery shows images: set imagekit.url-endpoint (IMAGEKIT_URL_ENDPOINT)");
		}
		return UrlOperations.create(urlEndpoint, account.getPrivateKey(), Clock.systemUTC());
	}

	private static String publicKey(ImageKitConnectionDetails account) {
		String publicKey = account.getPublicKey();
		if (publicKey == null || publicKey.isBlank()) {
			throw new IllegalStateException("Browser uploads need the public key: set imagekit.public-key (IMAGEKIT_PUBLIC_KEY)");
		}
		return publicKey;
	}

}
