package io.github.imagekitspring.autoconfigure.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;

import io.github.imagekitspring.autoconfigure.ImageKitAutoConfiguration;
import io.github.imagekitspring.autoconfigure.ImageKitProperties;
import io.github.imagekitspring.webhooks.WebhookVerifier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of the webhook endpoint at {@code imagekit.webhooks.path}: verified ImageKit webhooks become
 * Spring application events ({@code @EventListener void on(FileCreatedEvent event)}), in a WebFlux or a servlet
 * application. The endpoint answers 2xx only when every listener finished without an error.
 */
@AutoConfiguration(after = ImageKitAutoConfiguration.class)
@ConditionalOnProperty("imagekit.webhooks.path")
@ConditionalOnWebApplication
@EnableConfigurationProperties({ ImageKitProperties.class, ImageKitWebhooksProperties.class })
public final class ImageKitWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookReceiver imageKitWebhookReceiver(ImageKitProperties properties, ImageKitWebhooksProperties webhooks,
			ApplicationEventPublisher publisher, ObjectProvider<ObservationRegistry> observationRegistry) {
		String secret = properties.getWebhookSecret();
		if (!StringUtils.hasText(secret)) {
			throw new InvalidConfigurationPropertyValueException("imagekit.webhook-secret", "",
					"imagekit.webhooks.path is set, so the endpoint needs the secret ImageKit signs webhooks with "
							+ "(whsec_..., from the ImageKit dashboard)");
		}
		WebhookVerifier verifier = WebhookVerifier.builder(secret)
			.tolerance(webhooks.getTolerance())
			.legacySignatures(webhooks.isLegacySignatures())
			.build();
		WebhookDeliveries deliveries = new WebhookDeliveries(webhooks.getDedupeCapacity(),
				webhooks.getDedupeRetention(), Clock.systemUTC());
		return new WebhookReceiver(verifier, deliveries, publisher,
				observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	private static String path(ImageKitWebhooksProperties webhooks) {
		String path = webhooks.getPath();
		if (path == null || !path.startsWith("/")) {
			throw new InvalidConfigurationPropertyValueException("imagekit.webhooks.path", path,
					"the path must start with '/', for example /imagekit/webhooks");
		}
		return path;
	}

	private static boolean tooLong(HttpHeaders headers, long maxBytes) {
		return headers.getContentLength() > maxBytes;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.web.reactive.function.server.RouterFunction")
	static class ReactiveEndpointConfiguration {

		@Bean
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> imageKitWebhookRoute(
				WebhookReceiver receiver, ImageKitWebhooksProperties webhooks) {
			int maxBytes = Math.toIntExact(webhooks.getMaxBodySize().toBytes());
			return org.springframework.web.reactive.function.server.RouterFunctions.route(
					org.springframework.web.reactive.function.server.RequestPredicates.POST(path(webhooks)),
					(request) -> {
						HttpHeaders headers = request.headers().asHttpHeaders();
						Mono<WebhookReceiver.Result> result = tooLong(headers, maxBytes)
								? Mono.fromSupplier(receiver::tooLarge)
								: DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), maxBytes)
									.map(ImageKitWebhooksAutoConfiguration.ReactiveEndpointConfiguration::bytes)
									.defaultIfEmpty(new byte[0])
									.flatMap((body) -> receiver.receive(body, headers))
									.onErrorResume(DataBufferLimitException.class,
											(ex) -> Mono.fromSupplier(receiver::tooLarge));
						return result.flatMap((answer) -> org.springframework.web.reactive.function.server.ServerResponse
							.status(answer.status())
							.build());
					});
		}

		private static byte[] bytes(DataBuffer buffer) {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				return bytes;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
	static class ServletEndpointConfiguration {

		@Bean
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> imageKitWebhookRoute(
				WebhookReceiver receiver, ImageKitWebhooksProperties webhooks) {
			int maxBytes = Math.toIntExact(webhooks.getMaxBodySize().toBytes());
			return org.springframework.web.servlet.function.RouterFunctions.route()
				.POST(path(webhooks), (request) -> {
					HttpHeaders headers = request.headers().asHttpHeaders();
					byte[] body = tooLong(headers, maxBytes) ? null
							: readAtMost(request.servletRequest().getInputStream(), maxBytes);
					Mono<WebhookReceiver.Result> result = (body != null) ? receiver.receive(body, headers)
							: Mono.fromSupplier(receiver::tooLarge);
					return org.springframework.web.servlet.function.ServerResponse.async(result
						.map((answer) -> org.springframework.web.servlet.function.ServerResponse.status(answer.status())
							.build())
						.toFuture());
				})
				.build();
		}

		/**
		 * The body, or {@code null} when it is longer than the limit (then not read further).
		 */
		private static byte[] readAtMost(InputStream body, int maxBytes) throws IOException {
			byte[] bytes = body.readNBytes(maxBytes + 1);
			return (bytes.length > maxBytes) ? null : bytes;
		}

	}

}
