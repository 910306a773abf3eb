package io.github.imagekitspring.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.imagekitspring.ImageKitClient;
import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.errors.ImageKitCallTimeoutException;
import io.github.imagekitspring.errors.ResponseTooLargeException;
import io.github.imagekitspring.files.ListFilesRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageKitAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, ImageKitAutoConfiguration.class));

	@Test
	void createsTheClientFromProperties() {
		this.runner.withPropertyValues("imagekit.private-key=private_abc", "imagekit.public-key=public_abc",
				"imagekit.url-endpoint=https://ik.imagekit.io/demo", "imagekit.connect-timeout=3s",
				"imagekit.response-timeout=20s")
			.run((context) -> {
				assertThat(context).hasSingleBean(ImageKitOperations.class)
					.hasSingleBean(ImageKitConnectionDetails.class)
					.hasSingleBean(ImageKitClientFactory.class);
				ImageKitClient client = context.getBean(ImageKitClient.class);
				assertThat(client.apiBaseUrl()).hasToString("https://api.imagekit.io");
				assertThat(client.uploadBaseUrl()).hasToString("https://upload.imagekit.io");
				assertThat(client.accountName()).isEqualTo("default");
				ImageKitProperties properties = context.getBean(ImageKitProperties.class);
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getResponseTimeout()).isEqualTo(Duration.ofSeconds(20));
				ImageKitConnectionDetails details = context.getBean(ImageKitConnectionDetails.class);
				assertThat(details.getPublicKey()).isEqualTo("public_abc");
				assertThat(details.getUrlEndpoint()).isEqualTo("https://ik.imagekit.io/demo");
			});
	}

	@Test
	void theResponseSizeLimitAndTheListAllDeadlineComeFromProperties() {
		server.stubFor(get("/v1/files/abc/details")
			.willReturn(okJson("{\"fileId\":\"abc\",\"name\":\"" + "x".repeat(4096) + "\"}")));
		server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("[{\"type\":\"folder\",\"name\":\"a\"}]")
			.withFixedDelay(300)));
		this.runner
			.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl(),
					"imagekit.max-response-size=1KB", "imagekit.retry.list-all-timeout=500ms")
			.run((context) -> {
				ImageKitOperations imageKit = context.getBean(ImageKitOperations.class);
				assertThatExceptionOfType(ResponseTooLargeException.class)
					.isThrownBy(() -> imageKit.files().get("abc").block(Duration.ofSeconds(30)));
				assertThatExceptionOfType(ImageKitCallTimeoutException.class).isThrownBy(() -> imageKit.files()
					.listAll(ListFilesRequest.builder().limit(1).build())
					.blockLast(Duration.ofSeconds(30)));
			});
	}

	@Test
	void theClientUsesTheConfiguredUrlsKeyAndCustomizers() {
		server.stubFor(get("/v1/files/abc/details").willReturn(okJson("{\"fileId\":\"abc\",\"type\":\"file\"}")));
		this.runner
			.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=" + server.baseUrl())
			.withBean(ImageKitWebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
			.run((context) -> {
				context.getBean(ImageKitOperations.class).files().get("abc").block();
				server.verify(getRequestedFor(urlEqualTo("/v1/files/abc/details"))
					.withHeader("Authorization", equalTo("Basic cHJpdmF0ZV9hYmM6"))
					.withHeader("X-Customized", equalTo("yes")));
			});
	}

	@Test
	void theApplicationsOtherClientsDoNotGetTheImageKitAuthentication() {
		server.stubFor(get("/other").willReturn(okJson("{}")));
		this.runner.withPropertyValues("imagekit.private-key=private_abc").run((context) -> {
			context.getBean(ImageKitOperations.class);
			WebClient other = context.getBean(WebClient.Builder.class).baseUrl(server.baseUrl()).build();
			other.get().uri("/other").retrieve().toBodilessEntity().block();
			server.verify(getRequestedFor(urlEqualTo("/other")).withoutHeader("Authorization"));
		});
	}

	@Test
	void userOperationsBeanWins() {
		this.runner.withPropertyValues("imagekit.private-key=private_abc")
			.withUserConfiguration(UserOperationsConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(ImageKitOperations.class)
				.getBean(ImageKitOperations.class)
				.isSameAs(context.getBean("userOperations")));
	}

	@Test
	void userConnectionDetailsWin() {
		this.runner.withBean(ImageKitConnectionDetails.class, () -> new ImageKitConnectionDetails() {
			@Override
			public String getPrivateKey() {
				return "from_details";
			}

			@Override
			public String getApiBaseUrl() {
				return "http://127.0.0.1:9999";
			}
		}).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesImageKitConnectionDetails.class);
			assertThat(context.getBean(ImageKitClient.class).apiBaseUrl()).hasToString("http://127.0.0.1:9999");
		});
	}

	@Test
	void disabledMeansNoBeansAndNoKeyNeeded() {
		this.runner.withPropertyValues("imagekit.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ImageKitOperations.class)
				.doesNotHaveBean(ImageKitProperties.class));
	}

	@Test
	void backsOffWithoutWebClient() {
		this.runner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.withPropertyValues("imagekit.private-key=private_abc")
			.run((context) -> assertThat(context).doesNotHaveBean(ImageKitOperations.class));
	}

	@Test
	void aMissingPrivateKeyFailsNamingTheProperty() {
		this.runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageContaining("imagekit.private-key")
			.hasMessageContaining("imagekit.enabled=false"));
	}

	@Test
	void aPlainHttpBaseUrlFailsNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.private-key=private_abc", "imagekit.api-base-url=http://api.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("imagekit.api-base-url")
				.hasMessageContaining("https"));
	}

	@Test
	void plainHttpIsAllowedForLoopbackHosts() {
		this.runner.withPropertyValues("imagekit.private-key=private_abc",
				"imagekit.api-base-url=http://localhost:8089", "imagekit.upload-base-url=http://[::1]:8089/")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(ImageKitClient.class).uploadBaseUrl()).hasToString("http://[::1]:8089");
			});
	}

	@Test
	void aMalformedUrlFailsNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.private-key=private_abc", "imagekit.upload-base-url=https://exa mple")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("imagekit.upload-base-url"));
		this.runner.withPropertyValues("imagekit.private-key=private_abc", "imagekit.url-endpoint=ik.imagekit.io/x")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("imagekit.url-endpoint"));
	}

	@Test
	void theKeyIsNeverInMessagesOrToString() {
		this.runner.withPropertyValues("imagekit.private-key=private_SECRET_42", "imagekit.api-base-url=http://x.org")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.message()
				.doesNotContain("private_SECRET_42"));
		this.runner.withPropertyValues("imagekit.private-key=private_SECRET_42").run((context) -> {
			assertThat(context.getBean(ImageKitProperties.class).toString()).doesNotContain("private_SECRET_42");
			assertThat(context.getBean(ImageKitConnectionDetails.class).toString()).doesNotContain("private_SECRET_42");
			assertThat(context.getBean(ImageKitOperations.class).toString()).doesNotContain("private_SECRET_42");
		});
	}

	@Test
	void namedAccountsBecomeQualifiedBeans() {
		this.runner
			.withPropertyValues("imagekit.private-key=private_default", "imagekit.api-base-url=http://localhost:1",
					"imagekit.clients.marketing.private-key=private_marketing",
					"imagekit.clients.archive.private-key=private_archive",
					"imagekit.clients.archive.api-base-url=http://127.0.0.1:2")
			.withUserConfiguration(NamedConsumer.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(ImageKitOperations.class)).hasSize(3);
				NamedConsumer consumer = context.getBean(NamedConsumer.class);
				assertThat(((ImageKitClient) consumer.marketing).accountName()).isEqualTo("marketing");
				assertThat(((ImageKitClient) consumer.marketing).apiBaseUrl()).hasToString("http://localhost:1");
				assertThat(((ImageKitClient) consumer.archive).apiBaseUrl()).hasToString("http://127.0.0.1:2");
				assertThat(((ImageKitClient) consumer.primary).accountName()).isEqualTo("default");
			});
	}

	@Test
	void onlyNamedAccountsNeedNoTopLevelKey() {
		this.runner.withPropertyValues("imagekit.clients.marketing.private-key=private_marketing").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ImageKitConnectionDetails.class);
			assertThat(context.getBeansOfType(ImageKitOperations.class)).containsOnlyKeys("imageKitOperations.marketing");
		});
	}

	@Test
	void aNamedAccountWithoutKeyFailsNamingTheProperty() {
		this.runner.withPropertyValues("imagekit.clients.marketing.public-key=public_only")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("imagekit.clients.marketing.private-key"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserOperationsConfiguration {

		@Bean
		ImageKitOperations userOperations() {
			return ImageKitClient.builder().privateKey("user_key").accountName("user").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NamedConsumer {

		final ImageKitOperations marketing;

		final ImageKitOperations archive;

		final ImageKitOperations primary;

		NamedConsumer(@Qualifier("marketing") ImageKitOperations marketing,
				@Qualifier("archive") ImageKitOperations archive, ImageKitOperations primary) {
			this.marketing = marketing;
			this.archive = archive;
			this.primary = primary;
		}

	}

}
