package io.github.imagekitspring.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The top-level account is configured unless only named clients are: with neither, the missing private key must
 * fail the startup.
 */
class DefaultAccountCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String privateKey = Binder.get(context.getEnvironment()).bind(ImageKitProperties.PREFIX + ".private-key", String.class).orElse(null);
		if (StringUtils.hasText(privateKey)) {
			return ConditionOutcome.match("imagekit.private-key is set");
		}
		Map<String, Object> clients = Binder.get(context.getEnvironment())
			.bind(ImageKitProperties.PREFIX + ".clients", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
		return clients.isEmpty() ? ConditionOutcome.match("no named clients, so the default account is required")
				: ConditionOutcome.noMatch("only named clients are configured (imagekit.clients)");
	}

}
