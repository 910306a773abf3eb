package io.github.imagekitspring.autoconfigure.emulator;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Neither {@code imagekit.private-key} nor any {@code imagekit.clients.*} is configured: the application has no
 * ImageKit account to talk to.
 */
class NoAccountConfiguredCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (StringUtils.hasText(Binder.get(context.getEnvironment()).bind("imagekit.private-key", String.class).orElse(null))) {
			return ConditionOutcome.noMatch("imagekit.private-key is set");
		}
		Map<String, Object> clients = Binder.get(context.getEnvironment())
			.bind("imagekit.clients", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
		return clients.isEmpty() ? ConditionOutcome.match("no ImageKit account is configured")
				: ConditionOutcome.noMatch("imagekit.clients is set");
	}

}
