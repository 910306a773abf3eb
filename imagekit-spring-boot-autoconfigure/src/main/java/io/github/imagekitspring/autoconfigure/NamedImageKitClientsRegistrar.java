package io.github.imagekitspring.autoconfigure;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;

/**
 * Registers one {@link ImageKitOperations} bean per {@code imagekit.clients.<name>}, qualified with the name. Runs
 * after the configuration classes are processed, so these beans never make the default client back off.
 */
class NamedImageKitClientsRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, BeanFactoryAware {

	/** Named clients are registered as {@code imageKitOperations.<name>}. */
	static final String BEAN_NAME_PREFIX = "imageKitOperations.";

	private Environment environment;

	private BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		ImageKitProperties properties = Binder.get(this.environment)
			.bind(ImageKitProperties.PREFIX, Bindable.of(ImageKitProperties.class))
			.orElseGet(ImageKitProperties::new);
		properties.getClients().forEach((name, client) -> {
			// Checked now, so that a bad named account fails the startup like the default one does.
			ImageKitConnectionDetails details = new PropertiesImageKitConnectionDetails(name, client, properties);
			RootBeanDefinition definition = new RootBeanDefinition(ImageKitClient.class,
					() -> this.beanFactory.getBean(ImageKitClientFactory.class)
						.create(name, details, client.getWebhookSecret()));
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
			// close(), which releases the client's connection pool.
			definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(BEAN_NAME_PREFIX + name, definition);
		});
	}

}
