package io.github.imagekitspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.autoconfigure.health.ImageKitHealthIndicator;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the ImageKit health indicator, {@code imagekit} in the health endpoint. Off unless
 * {@code imagekit.health.enabled=true}: each check is an authenticated API call that counts against the account's
 * rate limit, so results are reused for {@code imagekit.health.cache-ttl}. With several accounts, each is a member
 * of an {@code imagekit} group, named after the account. {@code management.health.imagekit.enabled=false} turns it
 * off like any other indicator.
 */
@AutoConfiguration(after = ImageKitAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class,
		ImageKitOperations.class })
@ConditionalOnBooleanProperty("imagekit.health.enabled")
@ConditionalOnEnabledHealthIndicator("imagekit")
@ConditionalOnBean(ImageKitClientFactory.class)
public final class ImageKitHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "imagekitHealthContributor")
	ReactiveHealthContributor imagekitHealthContributor(ListableBeanFactory beanFactory,
			ImageKitProperties properties) {
		// Named accounts are registered after conditions are evaluated, so they are looked up now.
		Map<String, ImageKitHealthIndicator> indicators = new LinkedHashMap<>();
		beanFactory.getBeansOfType(ImageKitOperations.class).forEach((beanName, imageKit) -> {
			String account = (imageKit instanceof ImageKitClient client) ? client.accountName() : beanName;
			indicators.put(account,
					new ImageKitHealthIndicator(imageKit, account, properties.getHealth().getCacheTtl()));
		});
		if (indicators.size() == 1) {
			return indicators.values().iterator().next();
		}
		return CompositeReactiveHealthContributor.fromMap(indicators);
	}

}
