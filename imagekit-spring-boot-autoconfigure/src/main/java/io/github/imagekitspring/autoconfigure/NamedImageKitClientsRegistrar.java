package io.github.imagekitspring.autoconfigure;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.RuntimeBeanReference;
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
class NamedImageKitClientsRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

	/** Named clients are registered as {@code imageKitOperations.<name>}. */
	static final String BEAN_NAME_PREFIX = "imageKitOperations.";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		ImageKitProperties properties = Binder.get(this.environment)
			.bind(ImageKitProperties.PREFIX, Bindable.of(ImageKitProperties.class))
			.orElseGet(ImageKitProperties::new);
		properties.getClients().forEach((name, client) -> {
			// Checked now, so that a bad named account fails the startup like the default one does.
			new PropertiesImageKitConnectionDetails(name, client, properties);
			String beanName = BEAN_NAME_PREFIX + name;
			// Already there when the application was AOT-processed with this account.
			if (registry.containsBeanDefinition(beanName)) {
				return;
			}
			// A factory method with references rather than a supplier, so that AOT processing can generate it.
			RootBeanDefinition definition = new RootBeanDefinition(NamedImageKitClientsRegistrar.class);
			definition.setFactoryMethodName("createClient");
			definition.setTargetType(ImageKitClient.class);
			definition.getConstructorArgumentValues()
				.addIndexedArgumentValue(0, new RuntimeBeanReference(ImageKitClientFactory.class));
			definition.getConstructorArgumentValues()
				.addIndexedArgumentValue(1, new RuntimeBeanReference(ImageKitProperties.class));
			definition.getConstructorArgumentValues().addIndexedArgumentValue(2, name);
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
			// close(), which releases the client's connection pool.
			definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(beanName, definition);
		});
	}

	/**
	 * Create the client of a named account from the bound properties.
	 * @param factory the client factory
	 * @param properties the properties
	 * @param name the account name
	 * @return the client
	 */
	static ImageKitClient createClient(ImageKitClientFactory factory, ImageKitProperties properties, String name) {
		ImageKitProperties.Client client = properties.getClients().get(name);
		if (client == null) {
			throw new IllegalStateException("The application was AOT-processed with " + ImageKitProperties.PREFIX
					+ ".clients." + name + ", which is no longer configured");
		}
		return factory.create(name, new PropertiesImageKitConnectionDetails(name, client, properties),
				client.getWebhookSecret());
	}

}
