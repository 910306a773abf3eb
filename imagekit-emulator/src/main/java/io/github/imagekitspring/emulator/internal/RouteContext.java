package io.github.imagekitspring.emulator.internal;

import java.util.List;

import io.github.imagekitspring.emulator.internal.render.ImageRenderer;

import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * What handlers share: the account's state, upload authentication, the remote-file fetcher for URL uploads,
 * the first path segment of the URL endpoint, the renderer of delivered transformations, and the webhook sender.
 */
record RouteContext(EmulatorState state, UploadAuth uploadAuth, RemoteFiles remoteFiles, String urlPrefix,
		ImageRenderer renderer, Webhooks webhooks) {

	/** Sends the events a successful call produced, tied to the request id it answers with. */
	void sendWebhooks(ServerRequest request, List<Webhooks.Event> events) {
		if (!events.isEmpty()) {
			this.webhooks.send(events, request.exchange().getResponse().getHeaders().getFirst(EmulatorServer.REQUEST_ID));
		}
	}

}
