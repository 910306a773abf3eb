package io.github.imagekitspring.testsupport;

import com.redis.testcontainers.RedisContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis image {@code scripts/build-test-images.sh} builds works with {@link RedisContainer} and Boot's Redis
 * service connection, which is how the Redis-backed tests get their server.
 */
@RequiresDocker
@Testcontainers
@SpringBootTest(classes = LocalRedisImageTests.Config.class)
// Closes the context before the container stops, so no client is left reconnecting to it.
@DirtiesContext
class LocalRedisImageTests {

	/** The locally built Redis image, usable wherever a test asks for {@code redis}. */
	static final DockerImageName REDIS_IMAGE = DockerImageName.parse("local/redis:7").asCompatibleSubstituteFor("redis");

	@Container
	@ServiceConnection
	static RedisContainer redis = new RedisContainer(REDIS_IMAGE);

	@Autowired
	DataRedisConnectionDetails connectionDetails;

	@Autowired
	StringRedisTemplate redisTemplate;

	@Test
	void connectsThroughTheServiceConnectionThenSetsAndGets() {
		assertThat(this.connectionDetails.getStandalone().getHost()).isEqualTo("localhost");
		assertThat(this.connectionDetails.getStandalone().getPort()).isEqualTo(redis.getRedisPort());
		this.redisTemplate.opsForValue().set("imagekit:test", "from the local image");
		assertThat(this.redisTemplate.opsForValue().get("imagekit:test")).isEqualTo("from the local image");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DataRedisAutoConfiguration.class)
	static class Config {

	}

}
