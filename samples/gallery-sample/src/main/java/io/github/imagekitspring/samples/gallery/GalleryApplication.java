package io.github.imagekitspring.samples.gallery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The gallery: open http://localhost:8080, or run it with {@code --tour} to walk through the API and exit.
 */
@SpringBootApplication
public class GalleryApplication {

	public static void main(String[] args) {
		SpringApplication.run(GalleryApplication.class, args);
	}

}
