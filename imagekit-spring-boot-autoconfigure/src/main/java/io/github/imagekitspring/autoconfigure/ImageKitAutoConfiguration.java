package io.github.imagekitspring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.observation.ImageKitObservationConvention;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the ImageKit client: an {@link ImageKitOperations} bean for the account configured under
 * {@code imagekit.*}, and one per {@code imagekit.clients.<name>}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ WebClient.class, ImageKitOperations.class })
@ConditionalOnBooleanProperty(name = "imagekit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ImageKitProperties.class)
public final class ImageKitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ImageKitConnectionDetails.class)
	@Conditional(DefaultAccountCondition.class)
	PropertiesImageKitConnectionDetails imageKitConnectionDetails(ImageKitProperties properties) {
		return new PropertiesImageKitConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	ImageKitClientFactory imageKitClientFactory(ImageKitProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ImageKitWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ImageKitHttpClientCustomizer> httpClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ImageKitObservationConvention> observationConvention) {
		return new ImageKitClientFactory(properties, webClientBuilder, webClientCustomizers, httpClientCustomizers,
				observationRegistry, observationConvention);
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean(ImageKitOperations.class)
	@ConditionalOnBean(ImageKitConnectionDetails.class)
	ImageKitClient imageKitOperations(ImageKitClientFactory factory, ImageKitConnectionDetails connectionDetails) {
		return factory.create("default", connectionDetails);
	}

	@Bean
	static NamedImageKitClientsRegistrar namedImageKitClientsRegistrar() {
		return new NamedImageKitClientsRegistrar();
	}

}
