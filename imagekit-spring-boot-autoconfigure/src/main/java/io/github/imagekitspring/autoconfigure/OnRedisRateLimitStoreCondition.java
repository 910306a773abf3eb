package io.github.imagekitspring.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether any account counts its rate limits in Redis: {@code imagekit.rate-limit.store=redis}, or the same under
 * {@code imagekit.clients.<name>}.
 */
final class OnRedisRateLimitStoreCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("ImageKit rate-limit store");
		Binder binder = Binder.get(context.getEnvironment());
		String top = ImageKitProperties.PREFIX + ".rate-limit.store";
		if (binder.bind(top, ImageKitProperties.Store.class).orElse(null) == ImageKitProperties.Store.REDIS) {
			return ConditionOutcome.match(message.because(top + "=redis"));
		}
		Map<String, ImageKitProperties.Client> clients = binder
			.bind(ImageKitProperties.PREFIX + ".clients", Bindable.mapOf(String.class, ImageKitProperties.Client.class))
			.orElse(Map.of());
		for (Map.Entry<String, ImageKitProperties.Client> client : clients.entrySet()) {
			if (client.getValue().getRateLimit().getStore() == ImageKitProperties.Store.REDIS) {
				return ConditionOutcome.match(message
					.because(ImageKitProperties.PREFIX + ".clients." + client.getKey() + ".rate-limit.store=redis"));
			}
		}
		return ConditionOutcome.noMatch(message.because("no account has " + top + "=redis"));
	}

}
