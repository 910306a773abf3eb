package io.github.imagekitspring.samples.gallery;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import io.github.imagekitspring.webhooks.FileCreatedEvent;
import io.github.imagekitspring.webhooks.FileDeletedEvent;
import io.github.imagekitspring.webhooks.FileUpdatedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live updates: ImageKit's file webhooks, received by the starter at {@code imagekit.webhooks.path} and published
 * as Spring events, go on to every open page as server-sent events, whoever changed the file.
 */
@RestController
public class LiveUpdates {

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	// Listeners run one per webhook, possibly at once: busy-loop briefly rather than lose a concurrent emission.
	private static final Sinks.EmitFailureHandler RETRY_BRIEFLY = Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200));

	private final Sinks.Many<GalleryChange> changes = Sinks.many().multicast().directBestEffort();

	/**
	 * One change to the media library.
	 * @param type the webhook's event type, such as {@code file.created}
	 * @param fileId the file changed
	 */
	public record GalleryChange(String type, @Nullable String fileId) {
	}

	@EventListener
	void created(FileCreatedEvent event) {
		publish(event.type(), event.data().fileId());
	}

	@EventListener
	void updated(FileUpdatedEvent event) {
		publish(event.type(), event.data().fileId());
	}

	@EventListener
	void deleted(FileDeletedEvent event) {
		publish(event.type(), event.data().fileId());
	}

	/**
	 * The changes from now on: a first comment at once, so that the page knows it is following, and one now and
	 * then, so that idle connections stay open.
	 */
	@GetMapping(path = "/api/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<GalleryChange>> changes() {
		Flux<ServerSentEvent<GalleryChange>> changes = this.changes.asFlux()
			.map((change) -> ServerSentEvent.builder(change).event("change").build());
		Flux<ServerSentEvent<GalleryChange>> keepAlive = Flux.interval(KEEP_ALIVE).map((tick) -> comment("keep-alive"));
		// Merged in this order, the sink is subscribed before the first comment reaches the page.
		return Flux.merge(changes, keepAlive, Flux.just(comment("following")));
	}

	private static ServerSentEvent<GalleryChange> comment(String text) {
		return ServerSentEvent.<GalleryChange>builder().comment(text).build();
	}

	private void publish(String type, @Nullable String fileId) {
		this.changes.emitNext(new GalleryChange(type, fileId), RETRY_BRIEFLY);
	}

}
