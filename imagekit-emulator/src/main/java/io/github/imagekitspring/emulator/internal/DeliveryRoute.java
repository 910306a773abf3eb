package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.imagekitspring.emulator.internal.render.ImageRenderer;
import io.github.imagekitspring.emulator.internal.render.RenderException;
import io.github.imagekitspring.emulator.internal.render.RequestedTransformation;

/** Serves files under the URL endpoint; private files need a signed URL. */
final class DeliveryRoute {

	/** What ImageKit signs with when a signed URL has no {@code ik-t}: the far future. */
	private static final long NO_EXPIRY = 9999999999L;

	/** Names the transformations a rendered image leaves out. */
	private static final String IGNORED_HEADER = "X-Emulator-Ignored-Transformations";

	private DeliveryRoute() {
	}

	/** Whether a GET to this path asks for a file. */
	static boolean matches(RouteContext context, String method, String path) {
		return method.equals("GET") && path.startsWith("/" + context.urlPrefix() + "/");
	}

	static Mono<ServerResponse> deliver(RouteContext context, ServerRequest request) {
		String rawPath = request.uri().getRawPath().substring(context.urlPrefix().length() + 1);
		boolean signed = validSignature(context, rawPath, request.uri().getRawQuery());
		EmulatorState state = context.state();
		String transformation = RequestedTransformation.of(rawPath, request.uri().getRawQuery());
		String accept = request.headers().firstHeader("Accept");
		// Reading the stored file is blocking work: off the event loop, as rendering is.
		return Mono.fromCallable(() -> state.exclusive(() -> state.delivery().deliver(rawPath, signed)))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((found) -> (transformation.isEmpty() || !ImageRenderer.renders(found.mime()))
					? ServerResponse.ok().contentType(MediaType.parseMediaType(found.mime())).bodyValue(found.bytes())
					: render(context, found, transformation, accept));
	}

	/** Renders off the event loop; a transformation that cannot be rendered answers 400. */
	private static Mono<ServerResponse> render(RouteContext context, FileDelivery.Delivered found, String transformation,
			String accept) {
		ImageRenderer.Source source = new ImageRenderer.Source(found.blobId(), found.bytes(), found.mime());
		RenderAssets assets = new RenderAssets(context.state());
		return Mono.fromCallable(() -> context.renderer().render(source, transformation, accept, assets))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(RenderException.class, (ex) -> ApiException.invalid(ex.getMessage()))
			.flatMap((rendered) -> ServerResponse.ok()
				.contentType(MediaType.parseMediaType(rendered.mime()))
				.headers((headers) -> {
					if (!rendered.ignored().isEmpty()) {
						headers.set(IGNORED_HEADER, String.join(",", rendered.ignored()));
					}
				})
				.bodyValue(rendered.bytes()));
	}

	/**
	 * Checks {@code ik-s} (and {@code ik-t}) as ImageKit signs URLs: lower-case hex HMAC-SHA1 with the private
	 * key over the URL after the endpoint, without the signature parameters, followed by the expiry in epoch
	 * seconds.
	 */
	private static boolean validSignature(RouteContext context, String rawPath, String rawQuery) {
		if (rawQuery == null) {
			return false;
		}
		String signature = null;
		String expiry = null;
		List<String> kept = new ArrayList<>();
		for (String param : rawQuery.split("&")) {
			if (param.startsWith("ik-s=")) {
				signature = param.substring(5);
			}
			else if (param.startsWith("ik-t=")) {
				expiry = param.substring(5);
			}
			else {
				kept.add(param);
			}
		}
		if (signature == null) {
			return false;
		}
		long expires;
		try {
			expires = (expiry != null) ? Long.parseLong(expiry) : NO_EXPIRY;
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (expires < context.state().clock().instant().getEpochSecond()) {
			return false;
		}
		String signed = rawPath.substring(1) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + expires;
		return context.uploadAuth().hexHmacSha1(signed).equals(signature);
	}

}
