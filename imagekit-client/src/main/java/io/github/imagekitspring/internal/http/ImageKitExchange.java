package io.github.imagekitspring.internal.http;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import io.netty.channel.ChannelException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

import io.github.imagekitspring.ImageKitDefaults;
import io.github.imagekitspring.ImageKitException;
import io.github.imagekitspring.ImageKitOperation;
import io.github.imagekitspring.ImageKitResponse;
import io.github.imagekitspring.errors.ImageKitIoException;
import io.github.imagekitspring.errors.ResponseTooLargeException;
import io.github.imagekitspring.errors.UnreadableResponseException;
import io.github.imagekitspring.internal.SeededRandom;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.codec.multipart.MultipartHttpMessageWriter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The only class that talks to {@link WebClient}. Turns an {@link ImageKitRequest} into one lazy HTTP exchange:
 * each subscription sends a new request, so a retry around it really sends again. Non-2xx answers become the
 * exception tree in one place; 2xx bodies are read with the client's own JSON mapper.
 */
public final class ImageKitExchange {

	private static final byte[] NO_BODY = new byte[0];

	private static final IntPredicate BODY_REQUIRED = (status) -> false;

	private static final ResolvableType MULTIPART_BODY = ResolvableType.forClassWithGenerics(MultiValueMap.class,
			ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(HttpEntity.class, Object.class));

	private final WebClient webClient;

	private final URI apiBaseUrl;

	private final URI uploadBaseUrl;

	private final String accountName;

	private final ExchangeDecorator resilience;

	private final ExchangeDecorator observation;

	private final int maxResponseSize;

	private final SeededRandom random = new SeededRandom();

	/**
	 * Create an exchange that reads response bodies up to {@link ImageKitDefaults#MAX_RESPONSE_SIZE}.
	 * @param webClient a client that already carries authentication and timeouts
	 * @param apiBaseUrl base URL of the management API
	 * @param uploadBaseUrl base URL of the upload API
	 * @param accountName the name of the account the calls are made for
	 * @param resilience wraps the attempts of a call: retry and rate limiting
	 * @param observation wraps the whole call, waits and retries included
	 */
	public ImageKitExchange(WebClient webClient, URI apiBaseUrl, URI uploadBaseUrl, String accountName,
			ExchangeDecorator resilience, ExchangeDecorator observation) {
		this(webClient, apiBaseUrl, uploadBaseUrl, accountName, resilience, observation,
				Math.toIntExact(ImageKitDefaults.MAX_RESPONSE_SIZE.toBytes()));
	}

	/**
	 * Create an exchange.
	 * @param webClient a client that already carries authentication and timeouts
	 * @param apiBaseUrl base URL of the management API
	 * @param uploadBaseUrl base URL of the upload API
	 * @param accountName the name of the account the calls are made for
	 * @param resilience wraps the attempts of a call: retry and rate limiting
	 * @param observation wraps the whole call, waits and retries included
	 * @param maxResponseSize the most bytes of a response body read into memory
	 */
	public ImageKitExchange(WebClient webClient, URI apiBaseUrl, URI uploadBaseUrl, String accountName,
			ExchangeDecorator resilience, ExchangeDecorator observation, int maxResponseSize) {
		this.webClient = webClient;
		this.apiBaseUrl = apiBaseUrl;
		this.uploadBaseUrl = uploadBaseUrl;
		this.accountName = accountName;
		this.resilience = resilience;
		this.observation = observation;
		this.maxResponseSize = maxResponseSize;
	}

	/**
	 * Exchange a request whose answer has a JSON body.
	 * @param request the request
	 * @param bodyType the body type
	 * @param <T> the body type
	 * @return the response, lazily
	 */
	public <T> Mono<ImageKitResponse<T>> exchange(ImageKitRequest request, Class<T> bodyType) {
		JavaType type = ImageKitJson.mapper().constructType(bodyType);
		return send(request, (status) -> type, BODY_REQUIRED);
	}

	/**
	 * Exchange a request whose successful answers differ in shape by status, such as an upload's 200 and 202.
	 * @param request the request
	 * @param bodyTypes the body type for each 2xx status
	 * @param bodyOptional the 2xx statuses whose answer may come without a body
	 * @param <T> the common type of the bodies
	 * @return the response, lazily
	 */
	public <T> Mono<ImageKitResponse<T>> exchange(ImageKitRequest request,
			IntFunction<Class<? extends T>> bodyTypes, IntPredicate bodyOptional) {
		return send(request, (status) -> ImageKitJson.mapper().constructType(bodyTypes.apply(status)), bodyOptional);
	}

	/**
	 * Exchange a request whose answer has a generic JSON body, such as a list.
	 * @param request the request
	 * @param bodyType the body type
	 * @param <T> the body type
	 * @return the response, lazily
	 */
	public <T> Mono<ImageKitResponse<T>> exchange(ImageKitRequest request, TypeReference<T> bodyType) {
		JavaType type = ImageKitJson.mapper().constructType(bodyType);
		return send(request, (status) -> type, BODY_REQUIRED);
	}

	/**
	 * Exchange a request whose answer is a JSON array.
	 * @param request the request
	 * @param itemType the type of the array's items
	 * @param <T> the item type
	 * @return the response, lazily
	 */
	public <T> Mono<ImageKitResponse<List<T>>> exchangeList(ImageKitRequest request, Class<T> itemType) {
		JavaType type = ImageKitJson.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
		return send(request, (status) -> type, BODY_REQUIRED);
	}

	/**
	 * Exchange a request whose answer has no body worth reading (204, or an empty object).
	 * @param request the request
	 * @return the response, lazily
	 */
	public Mono<ImageKitResponse<Void>> exchange(ImageKitRequest request) {
		return send(request, (status) -> null, BODY_REQUIRED);
	}

	private <T> Mono<ImageKitResponse<T>> send(ImageKitRequest request,
			IntFunction<@Nullable JavaType> bodyTypes, IntPredicate bodyOptional) {
		return Mono.defer(() -> {
			ImageKitCall call = new ImageKitCall(request, this.accountName);
			Mono<ImageKitResponse<T>> attempt = Mono.defer(() -> {
				call.attemptStarted();
				return attempt(call, bodyTypes, bodyOptional);
			});
			Mono<ImageKitResponse<T>> resilient = this.resilience.decorate(call, attempt).doOnNext(call::succeeded);
			return this.observation.decorate(call, resilient);
		});
	}

	private <T> Mono<ImageKitResponse<T>> attempt(ImageKitCall call, IntFunction<@Nullable JavaType> bodyTypes,
			IntPredicate bodyOptional) {
		ImageKitRequest request = call.request();
		ImageKitOperation operation = request.operation();
		// Each failure is created with the number of requests sent so far: the last one ends the call.
		WebClient.RequestBodySpec spec = this.webClient.method(operation.method()).uri(uri(request));
		WebClient.RequestHeadersSpec<?> ready = spec;
		if (request.jsonBody() != null) {
			ready = spec.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(ImageKitJson.mapper().writeValueAsBytes(request.jsonBody()));
		}
		else if (request.multipartBody() != null) {
			ready = spec.body(multipart(request.multipartBody()));
		}
		return ready.<ImageKitResponse<T>>exchangeToMono((response) -> read(call, response, bodyTypes, bodyOptional))
			.onErrorMap(ImageKitExchange::isTransportFailure,
					(ex) -> new ImageKitIoException(operation.id(), call.attempts(), describe(ex), ex));
	}

	/**
	 * Spring's multipart writer draws each boundary from a {@code SecureRandom} that reads {@code /dev/urandom} on the
	 * event loop that writes the request; this one draws it from a generator seeded when the client was built.
	 */
	private BodyInserter<MultiValueMap<String, HttpEntity<?>>, ClientHttpRequest> multipart(
			MultiValueMap<String, HttpEntity<?>> parts) {
		return (message, context) -> {
			MultipartHttpMessageWriter writer = new MultipartHttpMessageWriter(context.messageWriters()) {

				@Override
				protected byte[] generateMultipartBoundary() {
					return ImageKitExchange.this.random.multipartBoundary();
				}

			};
			return writer.write(Mono.just(parts), MULTIPART_BODY, MediaType.MULTIPART_FORM_DATA, message,
					context.hints());
		};
	}

	private <T> Mono<ImageKitResponse<T>> read(ImageKitCall call, ClientResponse response,
			IntFunction<@Nullable JavaType> bodyTypes, IntPredicate bodyOptional) {
		ImageKitOperation operation = call.operation();
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		boolean success = response.statusCode().is2xxSuccessful();
		String requestId = headers.getFirst(ImageKitResponse.REQUEST_ID_HEADER);
		// A body that breaks off or is not valid HTTP framing (a malformed chunk) fails with whatever the codec
		// threw, a NumberFormatException say: it is still the transport failing, so typed and retried like one.
		Flux<DataBuffer> body = response.body(BodyExtractors.toDataBuffers())
			.onErrorMap((ex) -> !(ex instanceof ImageKitException) && !(ex instanceof DataBufferLimitException),
					(ex) -> new ImageKitIoException(operation.id(), call.attempts(),
							"response body broke off: " + describe(ex), ex));
		long contentLength = headers.getContentLength();
		Mono<byte[]> bytes;
		if (contentLength > this.maxResponseSize) {
			// Not read at all: cancelling the body closes the connection rather than draining it. (take(0) with
			// limitRequest would never subscribe, and WebClient would then drain the body to release it.)
			bytes = body.take(0, false).then(success ? Mono.error(tooLarge(call, status, requestId, contentLength))
					: Mono.just(NO_BODY));
		}
		else if (success) {
			bytes = bytes(DataBufferUtils.join(body, this.maxResponseSize))
				.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(call, status, requestId, -1));
		}
		else {
			// An error's status says what happened; of its body, what fits under the limit is plenty.
			bytes = bytes(DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(body, this.maxResponseSize)));
		}
		return bytes.defaultIfEmpty(NO_BODY).flatMap((content) -> {
			if (!success) {
				return Mono.error(ErrorResponseMapper.map(operation, call.attempts(), status, headers, content));
			}
			JavaType bodyType = bodyTypes.apply(status);
			T decoded = decode(call, status, requestId, content, bodyType);
			if (bodyType != null && decoded == null && !bodyOptional.test(status)) {
				return Mono.error(new UnreadableResponseException(operation.id(), call.attempts(), status, requestId,
						"ImageKit " + operation.id() + " answered " + status + " with no body where one is due"
								+ " (request id: " + ((requestId != null) ? requestId : "none") + ")"));
			}
			return Mono.just(new ImageKitResponse<>(status, headers, requestId, decoded));
		});
	}

	private ResponseTooLargeException tooLarge(ImageKitCall call, int status, @Nullable String requestId,
			long contentLength) {
		return new ResponseTooLargeException(call.operation().id(), call.attempts(), status, requestId,
				this.maxResponseSize, contentLength);
	}

	private static Mono<byte[]> bytes(Mono<DataBuffer> joined) {
		return joined.map((buffer) -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				return bytes;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		});
	}

	/** The body, or {@code null} when none is expected or there is none: empty, blank or JSON {@code null}. */
	private <T> @Nullable T decode(ImageKitCall call, int status, @Nullable String requestId, byte[] bytes,
			@Nullable JavaType bodyType) {
		if (bodyType == null || isBlank(bytes)) {
			return null;
		}
		try {
			return ImageKitJson.mapper().readValue(bytes, bodyType);
		}
		catch (JacksonException ex) {
			throw new UnreadableResponseException(call.operation().id(), call.attempts(), status, requestId, ex);
		}
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	URI uri(ImageKitRequest request) {
		ImageKitOperation operation = request.operation();
		URI base = (operation.host() == ImageKitOperation.Host.UPLOAD) ? this.uploadBaseUrl : this.apiBaseUrl;
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base).path(operation.pathTemplate());
		Map<String, Object> variables = new HashMap<>(request.pathVariables());
		int index = 0;
		for (Map.Entry<String, List<String>> parameter : request.queryParams().entrySet()) {
			for (String value : parameter.getValue()) {
				// Values go in as template variables so that they are strictly encoded ('+', '&', '=' included).
				String variable = "__query" + index++;
				builder.queryParam(parameter.getKey(), "{" + variable + "}");
				variables.put(variable, value);
			}
		}
		return builder.encode().buildAndExpand(variables).toUri();
	}

	private static boolean isTransportFailure(Throwable ex) {
		if (ex instanceof ImageKitException) {
			return false;
		}
		return ex instanceof WebClientRequestException || ex instanceof IOException || ex instanceof TimeoutException
				|| ex instanceof ChannelException;
	}

	private static String describe(Throwable ex) {
		Throwable cause = (ex instanceof WebClientRequestException && ex.getCause() != null) ? ex.getCause() : ex;
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
