package io.github.imagekitspring.emulator.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.github.imagekitspring.emulator.Fault;
import io.github.imagekitspring.emulator.RateLimit;
import io.github.imagekitspring.emulator.RecordedRequest;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.MultipartHttpMessageReader;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * The HTTP side: Reactor Netty in front (faults, latency), one WebFlux functional route behind it
 * (request id, auth, rate limits, dispatch to the {@link Store}).
 */
public final class EmulatorServer {

	/** Everything the server needs that the public builder collects. */
	public record Config(String host, int port, String privateKey, String publicKey, String urlPrefix) {
	}

	private static final String REQUEST_ID = "x-ik-requestId";

	/** The largest body held in memory: ImageKit's biggest non-enterprise image limit is 50 MB, base64 adds a third. */
	private static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

	private static final java.util.Set<String> LOCKABLE = java.util.Set.of("copy-folder", "move-folder", "rename-folder");

	private final Config config;

	private final Store store;

	private final UploadAuth uploadAuth;

	private final List<RecordedRequest> log = new CopyOnWriteArrayList<>();

	private final List<FaultSlot> faults = new CopyOnWriteArrayList<>();

	private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	private final HttpClient fetcher = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(8)).build();

	private volatile RateLimit defaultRateLimit;

	private volatile Duration latency = Duration.ZERO;

	private DisposableServer server;

	private static final class FaultSlot {

		final Fault fault;

		int remaining;

		FaultSlot(Fault fault) {
			this.fault = fault;
			this.remaining = fault.times();
		}

	}

	public EmulatorServer(Config config, Store store) {
		this.config = config;
		this.store = store;
		this.uploadAuth = new UploadAuth(config.privateKey(), config.publicKey(), store);
	}

	public synchronized void start() {
		// Base64 and data-URI files arrive as form fields, which the default reader caps at 256 KB.
		DefaultPartHttpMessageReader parts = new DefaultPartHttpMessageReader();
		parts.setMaxInMemorySize(MAX_UPLOAD_BYTES);
		HandlerStrategies strategies = HandlerStrategies.builder()
			.codecs((c) -> {
				c.defaultCodecs().maxInMemorySize(MAX_UPLOAD_BYTES);
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
		return List.copyOf(this.log);
	}

	public void clearLog() {
		this.log.clear();
	}

	public void addFault(Fault fault) {
		this.faults.add(new FaultSlot(fault));
	}

	public void clearFaults() {
		this.faults.clear();
	}

	public void latency(Duration latency) {
		this.latency = latency;
	}

	public void rateLimit(String operationId, RateLimit limit) {
		if (operationId == null) {
			this.defaultRateLimit = limit;
		}
		else if (limit == null) {
			this.rateLimits.remove(operationId);
		}
		else {
			this.rateLimits.put(operationId, limit);
		}
		this.windows.clear();
	}

	public void resetRuntimeState() {
		this.log.clear();
		this.faults.clear();
		this.windows.clear();
		this.latency = Duration.ZERO;
	}

	// ------------------------------------------------------------------ Netty front

	private String operationId(String method, String path) {
		Operation.Match m = Operation.match(method, path);
		if (m != null) {
			return m.operation().id();
		}
		return (method.equals("GET") && path.startsWith("/" + this.config.urlPrefix() + "/")) ? "delivery" : null;
	}

	private synchronized Fault takeFault(String operationId) {
		Iterator<FaultSlot> it = this.faults.iterator();
		while (it.hasNext()) {
			FaultSlot slot = it.next();
			String only = slot.fault.operationId();
			boolean applies = (only == null) ? (operationId != null && !operationId.equals("delivery")) : only.equals(operationId);
			if (applies && slot.remaining > 0) {
				slot.remaining--;
				if (slot.remaining == 0) {
					this.faults.remove(slot);
				}
				return slot.fault;
			}
		}
		return null;
	}

	private Publisher<Void> front(HttpServerRequest req, HttpServerResponse res, ReactorHttpHandlerAdapter adapter) {
		String path = URI.create(req.uri()).getRawPath();
		String method = req.method().name();
		if (Operation.isUploadPath(path)) {
			// ImageKit accepts uploads straight from browsers, so the upload host answers CORS from any origin.
			res.header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", REQUEST_ID);
			if (method.equals("OPTIONS")) {
				return preflight(req, res);
			}
		}
		String operationId = operationId(method, path);
		Fault fault = takeFault(operationId);
		Mono<Void> delay = this.latency.isZero() ? Mono.empty() : Mono.delay(this.latency).then();
		if (fault != null && fault.dropsConnection()) {
			this.log.add(new RecordedRequest(method, path, operationId, 0, null));
			return delay.then(Mono.<Void>fromRunnable(() -> req.withConnection((c) -> c.channel().close())).then(Mono.never()));
		}
		if (fault != null) {
			String requestId = UUID.randomUUID().toString();
			String body = (fault.body() != null) ? fault.body()
					: Json.write(Map.of("message", "Injected fault: HTTP " + fault.status() + ".", "help", ApiException.HELP));
			this.log.add(new RecordedRequest(method, path, operationId, fault.status(), requestId));
			return delay.then(Mono.defer(() -> {
				res.status(fault.status()).header(REQUEST_ID, requestId).header("Content-Type", "application/json");
				fault.headers().forEach(res::header);
				return res.sendString(Mono.just(body)).then();
			}));
		}
		return delay.then(Mono.defer(() -> adapter.apply(req, res)));
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

	/** Adds the request id to every response and logs the status once it is known. */
	private Mono<Void> requestIdAndLog(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = UUID.randomUUID().toString();
		String method = exchange.getRequest().getMethod().name();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			this.log.add(new RecordedRequest(method, path, operationId(method, path), (status != null) ? status.value() : 200, requestId));
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private Mono<ServerResponse> handle(ServerRequest request) {
		String method = request.method().name();
		String path = request.requestPath().pathWithinApplication().value();
		Mono<ServerResponse> response;
		Operation.Match match = Operation.match(method, path);
		String operationId = (match != null) ? match.operation().id() : null;
		try {
			this.store.tick();
			if (match == null && "delivery".equals(operationId(method, path))) {
				response = deliver(request);
			}
			else if (match == null) {
				throw ApiException.notFound("No ImageKit operation matches " + method + " " + path + ".");
			}
			else if (match.operation().upload()) {
				response = upload(request, match.operation().id());
			}
			else {
				String basicKey = basicKey(request);
				if (basicKey == null) {
					throw new ApiException(401, "Your request does not contain private API key.");
				}
				this.uploadAuth.checkBasic(basicKey);
				Map<String, String> limited = rateLimited(basicKey, match.operation().id());
				response = (limited != null)
						? json(429, Map.of("message", "You have exceeded the rate limit for this endpoint. Retry after X-RateLimit-Reset milliseconds."), limited)
						: api(request, match);
			}
		}
		catch (ApiException ex) {
			response = error(ex, operationId);
		}
		return response.onErrorResume(ApiException.class, (ex) -> error(ex, operationId))
			.onErrorResume(DataBufferLimitException.class, (ex) -> error(
					ApiException.badRequest("Your request contains invalid file parameter. The file size exceeds limits."), operationId))
			.onErrorResume((ex) -> !(ex instanceof ApiException),
					(ex) -> json(500, Map.of("message", "Internal emulator error: " + ex, "help", ApiException.HELP), Map.of()));
	}

	private static String basicKey(ServerRequest request) {
		String header = request.headers().firstHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
		int colon = decoded.indexOf(':');
		return (colon >= 0) ? decoded.substring(0, colon) : decoded;
	}

	/** {@code null} when the call may proceed, else the 429 headers. */
	private Map<String, String> rateLimited(String key, String operationId) {
		RateLimit limit = this.rateLimits.getOrDefault(operationId, this.defaultRateLimit);
		if (limit == null) {
			return null;
		}
		long now = this.store.clock().millis();
		long interval = limit.interval().toMillis();
		long[] window = this.windows.computeIfAbsent(key + " " + operationId, (k) -> new long[] { now, 0 });
		synchronized (window) {
			if (now >= window[0] + interval || now < window[0]) {
				window[0] = now;
				window[1] = 0;
			}
			if (window[1] < limit.limit()) {
				window[1]++;
				return null;
			}
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("X-RateLimit-Limit", String.valueOf(limit.limit()));
			headers.put("X-RateLimit-Reset", String.valueOf(window[0] + interval - now));
			headers.put("X-RateLimit-Interval", String.valueOf(interval));
			return headers;
		}
	}

	private static Mono<ServerResponse> error(ApiException ex, String operationId) {
		if (ex.status() == 423 && !LOCKABLE.contains(operationId)) {
			// Only the folder job operations declare 423; the others can only say 400.
			ex = new ApiException(400, ex.getMessage());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", ex.getMessage());
		body.put("help", ApiException.HELP);
		body.putAll(ex.extra());
		return json(ex.status(), body, Map.of());
	}

	private static Mono<ServerResponse> json(int status, Object body, Map<String, String> headers) {
		return ServerResponse.status(HttpStatusCode.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
			.headers((h) -> headers.forEach(h::set))
			.bodyValue(Json.write(body));
	}

	private static Mono<ServerResponse> result(Result result) {
		if (result.body() == null) {
			return ServerResponse.status(HttpStatusCode.valueOf(result.status())).build();
		}
		return json(result.status(), result.body(), Map.of());
	}

	// ------------------------------------------------------------------ dispatch

	private Mono<ServerResponse> api(ServerRequest request, Operation.Match match) {
		Map<String, String> v = match.variables();
		Map<String, String> q = request.queryParams().toSingleValueMap();
		Function<JsonNode, Result> call = switch (match.operation().id()) {
			case "list-and-search-assets" -> (b) -> this.store.list(q);
			case "get-file-details" -> (b) -> this.store.details(v.get("fileId"));
			case "update-file-details" -> (b) -> this.store.update(v.get("fileId"), b);
			case "delete-file" -> (b) -> this.store.delete(v.get("fileId"));
			case "delete-multiple-files" -> this.store::bulkDelete;
			case "add-tags-bulk" -> this.store::addTags;
			case "remove-tags-bulk" -> this.store::removeTags;
			case "remove-ai-tags-bulk" -> this.store::removeAITags;
			case "copy-file" -> this.store::copyFile;
			case "move-file" -> this.store::moveFile;
			case "rename-file" -> this.store::rename;
			case "list-file-versions" -> (b) -> this.store.versions(v.get("fileId"));
			case "get-file-version-details" -> (b) -> this.store.version(v.get("fileId"), v.get("versionId"));
			case "delete-file-version" -> (b) -> this.store.deleteVersion(v.get("fileId"), v.get("versionId"));
			case "restore-file-version" -> (b) -> this.store.restoreVersion(v.get("fileId"), v.get("versionId"));
			case "get-uploaded-file-metadata" -> (b) -> this.store.metadata(v.get("fileId"));
			case "get-metadata-from-url" -> (b) -> this.store.metadataFromUrl(q.get("url"));
			case "create-folder" -> this.store::createFolder;
			case "delete-folder" -> this.store::deleteFolder;
			case "copy-folder" -> this.store::copyFolder;
			case "move-folder" -> this.store::moveFolder;
			case "rename-folder" -> this.store::renameFolder;
			case "bulk-job-status" -> (b) -> this.store.jobStatus(v.get("jobId"));
			case "create-new-field" -> this.store::createField;
			case "list-all-fields" -> (b) -> this.store.listFields(q);
			case "update-existing-field" -> (b) -> this.store.updateField(v.get("id"), b);
			case "delete-a-field" -> (b) -> this.store.deleteField(v.get("id"));
			case "purge-cache" -> this.store::purge;
			case "purge-status" -> (b) -> this.store.purgeStatus(v.get("requestId"));
			case "get-usage" -> (b) -> this.store.usage(q);
			case "get-usage-analytics" -> (b) -> this.store.usageAnalytics(q);
			case "list-origins" -> (b) -> this.store.account((a) -> Result.ok(a.listOrigins()));
			case "create-origin" -> (b) -> this.store.account((a) -> Result.created(a.createOrigin(b)));
			case "get-origin" -> (b) -> this.store.account((a) -> Result.ok(a.getOrigin(v.get("id"))));
			case "update-origin" -> (b) -> this.store.account((a) -> Result.ok(a.replaceOrigin(v.get("id"), b)));
			case "delete-origin" -> (b) -> this.store.account((a) -> {
				a.deleteOrigin(v.get("id"));
				return Result.noContent();
			});
			case "list-url-endpoints" -> (b) -> this.store.account((a) -> Result.ok(a.listUrlEndpoints()));
			case "create-url-endpoint" -> (b) -> this.store.account((a) -> Result.created(a.createUrlEndpoint(b)));
			case "get-url-endpoint" -> (b) -> this.store.account((a) -> Result.ok(a.getUrlEndpoint(v.get("id"))));
			case "update-url-endpoint" -> (b) -> this.store.account((a) -> Result.ok(a.replaceUrlEndpoint(v.get("id"), b)));
			case "delete-url-endpoint" -> (b) -> this.store.account((a) -> {
				a.deleteUrlEndpoint(v.get("id"));
				return Result.noContent();
			});
			case "list-extensions" -> (b) -> this.store.account((a) -> Result.ok(a.listExtensions()));
			case "create-extension" -> (b) -> this.store.account((a) -> Result.created(a.createExtension(b)));
			case "get-extension" -> (b) -> this.store.account((a) -> Result.ok(a.getExtension(v.get("id"))));
			case "update-extension" -> (b) -> this.store.account((a) -> Result.ok(a.updateExtension(v.get("id"), b)));
			case "delete-extension" -> (b) -> this.store.account((a) -> {
				a.deleteExtension(v.get("id"));
				return Result.noContent();
			});
			case "list-named-transformations" -> (b) -> this.store.account((a) -> Result.ok(a.listNamedTransformations()));
			case "create-named-transformation" -> (b) -> this.store.account((a) -> Result.created(a.createNamedTransformation(b)));
			case "get-named-transformation" -> (b) -> this.store.account((a) -> Result.ok(a.getNamedTransformation(v.get("id"))));
			case "update-named-transformation" -> (b) -> this.store.account((a) -> Result.ok(a.updateNamedTransformation(v.get("id"), b)));
			case "delete-named-transformation" -> (b) -> this.store.account((a) -> {
				a.deleteNamedTransformation(v.get("id"));
				return Result.noContent();
			});
			default -> throw new IllegalStateException("Unrouted operation " + match.operation().id());
		};
		return request.bodyToMono(String.class).defaultIfEmpty("").map(Json::parse).map(call).flatMap(EmulatorServer::result);
	}

	// ------------------------------------------------------------------ upload & delivery

	private record Form(Map<String, String> fields, Part file) {
	}

	private Mono<ServerResponse> upload(ServerRequest request, String operationId) {
		MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_OCTET_STREAM);
		if (!MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
			throw ApiException.badRequest("Uploads must be sent as multipart/form-data.");
		}
		String basicKey = basicKey(request);
		// Read with the strategies' codecs: request.multipartData() would use the exchange's default limits.
		return request.body(BodyExtractors.toMultipartData()).flatMap((parts) -> {
			Map<String, String> fields = new LinkedHashMap<>();
			Part file = null;
			for (Map.Entry<String, List<Part>> e : parts.entrySet()) {
				Part part = e.getValue().get(0);
				if (e.getKey().equals("file")) {
					file = part;
				}
				else if (part instanceof FormFieldPart field) {
					fields.put(e.getKey(), field.value());
				}
			}
			Form form = new Form(fields, file);
			Map<String, String> checked = operationId.equals("upload-file") ? this.uploadAuth.checkV1(form.fields, basicKey)
					: this.uploadAuth.checkV2(form.fields, basicKey);
			if (form.file == null) {
				throw ApiException.badRequest("Your request is missing file parameter.");
			}
			return fileBytes(form.file).map((bytes) -> this.store.upload(new Store.UploadRequest(checked, bytes)));
		}).flatMap(EmulatorServer::result);
	}

	private Mono<byte[]> fileBytes(Part part) {
		if (part instanceof FilePart || !(part instanceof FormFieldPart)) {
			return DataBufferUtils.join(part.content()).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			}).defaultIfEmpty(new byte[0]);
		}
		String value = ((FormFieldPart) part).value().trim();
		if (value.startsWith("http://") || value.startsWith("https://")) {
			return fetch(value);
		}
		String base64 = value;
		if (value.startsWith("data:")) {
			int comma = value.indexOf(',');
			if (comma < 0 || !value.substring(0, comma).endsWith(";base64")) {
				throw ApiException.badRequest("Your request contains invalid file parameter: only base64 data URIs are supported.");
			}
			base64 = value.substring(comma + 1);
		}
		try {
			return Mono.just(Base64.getMimeDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("Your request contains invalid file parameter: it is neither a URL nor base64 data.");
		}
	}

	/** Fetches loopback URLs only: the emulator must work without internet access. */
	private Mono<byte[]> fetch(String url) {
		URI uri = URI.create(url);
		boolean loopback;
		try {
			loopback = uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			loopback = false;
		}
		if (!loopback) {
			throw ApiException.badRequest("The emulator cannot fetch " + url + ": only loopback URLs can be fetched offline.");
		}
		return Mono.fromCallable(() -> {
			HttpResponse<byte[]> response = this.fetcher.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(8)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw ApiException.badRequest("The emulator cannot fetch " + url + ": it answered HTTP " + response.statusCode() + ".");
			}
			return response.body();
		}).subscribeOn(Schedulers.boundedElastic()).onErrorMap((ex) -> !(ex instanceof ApiException),
				(ex) -> ApiException.badRequest("The emulator cannot fetch " + url + ": " + ex.getMessage()));
	}

	private Mono<ServerResponse> deliver(ServerRequest request) {
		String rawPath = request.uri().getRawPath().substring(this.config.urlPrefix().length() + 1);
		Store.Delivered found = this.store.deliver(rawPath, validSignature(rawPath, request.uri().getRawQuery()));
		return ServerResponse.ok().contentType(MediaType.parseMediaType(found.mime())).bodyValue(found.bytes());
	}

	/**
	 * Checks {@code ik-s} (and {@code ik-t}) as ImageKit signs URLs (catalog §13.2): HMAC-SHA1 over the URL
	 * after the endpoint, without the signature parameters, followed by the expiry (9999999999 when absent).
	 */
	private boolean validSignature(String rawPath, String rawQuery) {
		if (rawQuery == null) {
			return false;
		}
		String signature = null;
		String expiry = null;
		List<String> kept = new java.util.ArrayList<>();
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
			expires = (expiry != null) ? Long.parseLong(expiry) : 9999999999L;
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (expires < this.store.clock().instant().getEpochSecond()) {
			return false;
		}
		String signed = rawPath.substring(1) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + expires;
		return this.uploadAuth.hexHmacSha1(signed).equals(signature);
	}

}
