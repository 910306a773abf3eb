package io.github.imagekitspring.emulator.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.github.imagekitspring.emulator.Fault;
import io.github.imagekitspring.emulator.RateLimit;
import io.github.imagekitspring.emulator.RecordedRequest;
import io.github.imagekitspring.emulator.internal.render.ImageRenderer;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.MultipartHttpMessageReader;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * The HTTP side: Reactor Netty in front (CORS for uploads, faults, latency), one WebFlux functional route
 * behind it (request id and log, auth, rate limits, then the {@link RouteTable}'s handler).
 */
public final class EmulatorServer {

	/** Everything the server needs that the public builder collects. */
	public record Config(String host, int port, String privateKey, String publicKey, String urlPrefix) {
	}

	static final String REQUEST_ID = "x-ik-requestId";

	/** The exchange attribute the request log takes a request's {@link RecordedRequest#receivedAt()} from. */
	private static final String RECEIVED_AT = EmulatorServer.class.getName() + ".receivedAt";

	private static final String HELP = "For support kindly contact us at support@imagekit.io.";

	/** The largest body held in memory: ImageKit's biggest non-enterprise image limit is 50 MB, base64 adds a third. */
	private static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

	private static final int PART_BYTES_IN_MEMORY = 8 * 1024 * 1024;

	/** How many bytes of rendered delivery variants are kept. */
	private static final long RENDER_CACHE_BYTES = 64L * 1024 * 1024;

	private final Config config;

	private final RouteContext context;

	private final RequestLog log = new RequestLog();

	private final FaultQueue faults = new FaultQueue();

	private final Clock clock;

	private final RateLimits rateLimits;

	private volatile Duration latency = Duration.ZERO;

	private DisposableServer server;

	public EmulatorServer(Config config, EmulatorState state, Webhooks webhooks) {
		this.config = config;
		this.context = new RouteContext(state, new UploadAuth(config.privateKey(), config.publicKey(), state), new RemoteFiles(),
				config.urlPrefix(), new ImageRenderer(ImageRenderer.DEFAULT_MAX_PIXELS, RENDER_CACHE_BYTES), webhooks);
		this.clock = state.clock();
		this.rateLimits = new RateLimits(this.clock);
	}

	public synchronized void start() {
		// Base64 and data-URI files arrive as form fields, which the default reader caps at 256 KB. With a storage
		// directory, a larger file part goes to disk instead of memory, and base64 files are capped lower. The
		// codecs' limit is also the multipart reader's.
		int inMemory = this.context.state().blobs().onDisk() ? PART_BYTES_IN_MEMORY : MAX_UPLOAD_BYTES;
		DefaultPartHttpMessageReader parts = new DefaultPartHttpMessageReader();
		parts.setMaxInMemorySize(inMemory);
		HandlerStrategies strategies = HandlerStrategies.builder()
			.codecs((c) -> {
				c.defaultCodecs().maxInMemorySize(inMemory);
				c.defaultCodecs().multipartReader(new MultipartHttpMessageReader(parts));
			})
			.webFilter(this::requestIdAndLog)
			.build();
		HttpHandler handler = RouterFunctions.toHttpHandler(RouterFunctions.route(RequestPredicates.all(), this::handle), strategies);
		ReactorHttpHandlerAdapter adapter = new ReactorHttpHandlerAdapter(handler);
		this.server = HttpServer.create().host(this.config.host()).port(this.config.port())
			.handle((req, res) -> front(req, res, adapter))
			.bindNow();
	}

	public synchronized void stop() {
		if (this.server != null) {
			this.server.disposeNow(Duration.ofSeconds(5));
			this.server = null;
		}
	}

	public int port() {
		return this.server.port();
	}

	public String host() {
		return this.config.host();
	}

	public List<RecordedRequest> log() {
		return this.log.all();
	}

	public void clearLog() {
		this.log.clear();
	}

	public void addFault(Fault fault) {
		this.faults.add((fault.operationId() == null) ? fault : fault.forOperation(RouteTable.operationId(fault.operationId())));
	}

	public void clearFaults() {
		this.faults.clear();
	}

	public void latency(Duration latency) {
		this.latency = latency;
	}

	/** Sets the windows of an operation id or alias ({@code null}: the default of every API operation; empty: none). */
	public void rateLimits(String operation, List<RateLimit> windows) {
		this.rateLimits.set((operation != null) ? RouteTable.operationId(operation) : null, windows);
	}

	public void resetRuntimeState() {
		this.log.clear();
		this.faults.clear();
		this.rateLimits.restartWindows();
		this.latency = Duration.ZERO;
	}

	// ------------------------------------------------------------------ Netty front

	/**
	 * Every exchange is answered off the event loop that dispatched it. An answer completed within the dispatch
	 * itself, as a 404 or an injected fault is, can leave Reactor Netty not reading the connection again when the
	 * request had been queued behind the previous exchange: the client's next request on it then waited forever.
	 */
	private Publisher<Void> front(HttpServerRequest req, HttpServerResponse res, ReactorHttpHandlerAdapter adapter) {
		return Mono.defer(() -> Mono.from(answer(req, res, adapter))).subscribeOn(Schedulers.parallel());
	}

	private Publisher<Void> answer(HttpServerRequest req, HttpServerResponse res, ReactorHttpHandlerAdapter adapter) {
		String path = URI.create(req.uri()).getRawPath();
		String method = req.method().name();
		if (RouteTable.isUploadPath(path)) {
			// ImageKit accepts uploads straight from browsers, so the upload host answers CORS from any origin.
			res.header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", REQUEST_ID);
			if (method.equals("OPTIONS")) {
				return preflight(req, res);
			}
		}
		Route route = RouteTable.route(method, path);
		boolean delivery = route == null && DeliveryRoute.matches(this.context, method, path);
		String operationId = RequestLog.name(route, delivery);
		Fault fault = this.faults.take(route, delivery);
		Mono<Void> delay = this.latency.isZero() ? Mono.empty() : Mono.delay(this.latency).then();
		if (fault != null && fault.dropsConnection()) {
			this.log.add(new RecordedRequest(this.clock.instant(), method, path, operationId, 0, null));
			return delay.then(Mono.<Void>fromRunnable(() -> req.withConnection((c) -> c.channel().close())).then(Mono.never()));
		}
		if (fault != null) {
			String requestId = requestId();
			String body = (fault.body() != null) ? fault.body()
					: Json.write(Map.of("message", "Injected fault: HTTP " + fault.status() + ".", "help", HELP));
			this.log.add(new RecordedRequest(this.clock.instant(), method, path, operationId, fault.status(),
					requestId));
			return delay.then(Mono.defer(() -> {
				res.status(fault.status()).header(REQUEST_ID, requestId).header("Content-Type", "application/json");
				fault.headers().forEach(res::header);
				return res.sendString(Mono.just(body)).then();
			}));
		}
		return delay.then(Mono.defer(() -> adapter.apply(req, res)));
	}

	/** Not a secret: drawn without the system generator, which reads /dev/urandom on the event loop. */
	private static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

	private static Mono<Void> preflight(HttpServerRequest req, HttpServerResponse res) {
		String requested = req.requestHeaders().get("Access-Control-Request-Headers");
		res.status(204).header("Access-Control-Allow-Methods", "POST, OPTIONS").header("Access-Control-Max-Age", "86400");
		if (requested != null) {
			res.header("Access-Control-Allow-Headers", requested);
		}
		return res.send().then();
	}

	// ------------------------------------------------------------------ WebFlux handler

	/**
	 * Adds the request id to every response and logs the status once it is known, with the instant the request
	 * came in (the rate limits put their own there).
	 */
	private Mono<Void> requestIdAndLog(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes().put(RECEIVED_AT, this.clock.instant());
		String requestId = requestId();
		String method = exchange.getRequest().getMethod().name();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			Route route = RouteTable.route(method, path);
			String operationId = RequestLog.name(route, route == null && DeliveryRoute.matches(this.context, method, path));
			this.log.add(new RecordedRequest(exchange.getRequiredAttribute(RECEIVED_AT), method, path, operationId,
					(status != null) ? status.value() : 200, requestId));
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private Mono<ServerResponse> handle(ServerRequest request) {
		String method = request.method().name();
		String path = request.requestPath().pathWithinApplication().value();
		Route route = RouteTable.route(method, path);
		Mono<ServerResponse> response;
		try {
			response = respond(request, route, method, path);
		}
		catch (ApiException ex) {
			response = error(ex, route);
		}
		return response.onErrorResume(ApiException.class, (ex) -> error(ex, route))
			.onErrorResume(DataBufferLimitException.class, (ex) -> error(
					ApiException.invalid("Your request contains invalid file parameter. The file size exceeds limits."), route))
			.onErrorResume((ex) -> !(ex instanceof ApiException),
					(ex) -> json(500, Map.of("message", "Internal emulator error: " + ex, "help", HELP), Map.of()));
	}

	private Mono<ServerResponse> respond(ServerRequest request, Route route, String method, String path) {
		if (route == null && DeliveryRoute.matches(this.context, method, path)) {
			return DeliveryRoute.deliver(this.context, request);
		}
		if (route == null) {
			throw ApiException.notFound("No ImageKit operation matches " + method + " " + path + ".");
		}
		Map<String, String> variables = route.match(method, path);
		if (!route.upload()) {
			String basicKey = BasicAuth.key(request);
			if (basicKey == null) {
				throw new ApiException(ApiException.Kind.UNAUTHENTICATED, "Your request does not contain private API key.");
			}
			this.context.uploadAuth().checkBasic(basicKey);
			RateLimits.Verdict verdict = this.rateLimits.take(route);
			// Logged at the instant the windows counted the call, so that the log puts it in the same window.
			request.attributes().put(RECEIVED_AT, verdict.at());
			Map<String, String> limited = verdict.refusal();
			if (limited != null) {
				// Answered without reading the request: the connection closes, as after a refused upload.
				Map<String, String> headers = new LinkedHashMap<>(limited);
				headers.put("Connection", "close");
				return json(429, Map.of("message", "You have exceeded the rate limit for this endpoint. Retry after X-RateLimit-Reset milliseconds."),
						headers);
			}
		}
		return route.handler().handle(this.context, request, variables).flatMap(EmulatorServer::reply);
	}

	private static Mono<ServerResponse> error(ApiException ex, Route route) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		body.put("help", HELP);
		body.putAll(ex.extra());
		// A refused upload may not have been read to its end: close the connection rather than leave the rest of
		// its body in front of the client's next request.
		Map<String, String> headers = (route != null && route.upload()) ? Map.of("Connection", "close") : Map.of();
		return json(status(ex.kind(), route), body, headers);
	}

	private static int status(ApiException.Kind kind, Route route) {
		return switch (kind) {
			case INVALID -> 400;
			case UNAUTHENTICATED -> 401;
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			// Only the folder job operations declare 423; the others can only say 400.
			case LOCKED -> (route != null && route.lockable()) ? 423 : 400;
		};
	}

	private static Mono<ServerResponse> json(int status, Object body, Map<String, String> headers) {
		return ServerResponse.status(HttpStatusCode.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
			.headers((h) -> headers.forEach(h::set))
			.bodyValue(Json.write(body));
	}

	private static Mono<ServerResponse> reply(Reply reply) {
		if (reply.body() == null) {
			return ServerResponse.status(HttpStatusCode.valueOf(reply.status())).build();
		}
		return json(reply.status(), reply.body(), Map.of());
	}

}
