package io.github.imagekitspring.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.imagekitspring.errors.BadRequestException;
import io.github.imagekitspring.errors.ConflictException;
import io.github.imagekitspring.errors.ForbiddenException;
import io.github.imagekitspring.errors.ImageKitError;
import io.github.imagekitspring.errors.ImageKitServiceException;
import io.github.imagekitspring.errors.LockedException;
import io.github.imagekitspring.errors.NotFoundException;
import io.github.imagekitspring.errors.RateLimitException;
import io.github.imagekitspring.errors.ServerErrorException;
import io.github.imagekitspring.errors.UnauthorizedException;
import io.github.imagekitspring.errors.UnexpectedStatusException;
import io.github.imagekitspring.ImageKitOperation;

import org.springframework.http.HttpHeaders;

/**
 * The one place where a non-2xx response becomes an exception: status and body to the exception tree.
 */
final class ErrorResponseMapper {

	/** A proxy's HTML page is no use in full in an exception message. */
	private static final int MAX_TEXT_MESSAGE = 300;

	private ErrorResponseMapper() {
	}

	static ImageKitServiceException map(ImageKitOperation operation, int attempts, int status, HttpHeaders headers,
			byte[] body) {
		ImageKitError error = parse(body);
		String id = operation.id();
		return switch (status) {
			case 400 -> new BadRequestException(id, attempts, status, error, headers);
			case 401 -> new UnauthorizedException(id, attempts, status, error, headers);
			case 403 -> new ForbiddenException(id, attempts, status, error, headers);
			case 404 -> new NotFoundException(id, attempts, status, error, headers);
			case 409 -> new ConflictException(id, attempts, status, error, headers);
			case 423 -> new LockedException(id, attempts, status, error, headers);
			case 429 -> new RateLimitException(id, attempts, status, error, headers);
			default -> (status >= 500 && status < 600) ? new ServerErrorException(id, attempts, status, error, headers)
					: new UnexpectedStatusException(id, attempts, status, error, headers);
		};
	}

	static ImageKitError parse(byte[] body) {
		if (body.length == 0) {
			return ImageKitError.empty();
		}
		try {
			JsonNode json = ImageKitJson.mapper().readTree(body);
			if (json.isObject()) {
				return new ImageKitError(text(json, "message"), text(json, "help"), text(json, "reason"),
						strings(json.get("missingFileIds")), object(json.get("errors")));
			}
		}
		catch (JacksonException ex) {
			// Not JSON: a proxy or load balancer answered; keep its text as the message.
		}
		return new ImageKitError(plainText(body), null, null, List.of(), Map.of());
	}

	private static @Nullable String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private static List<String> strings(@Nullable JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach((item) -> values.add(item.asString()));
		}
		return values;
	}

	private static Map<String, Object> object(@Nullable JsonNode json) {
		if (json == null || !json.isObject()) {
			return Map.of();
		}
		Map<String, Object> values = new LinkedHashMap<>();
		json.properties().forEach((entry) -> {
			if (!entry.getValue().isNull()) {
				values.put(entry.getKey(), ImageKitJson.mapper().convertValue(entry.getValue(), Object.class));
			}
		});
		return values;
	}

	private static @Nullable String plainText(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).strip();
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() > MAX_TEXT_MESSAGE) ? text.substring(0, MAX_TEXT_MESSAGE) + "..." : text;
	}

}
