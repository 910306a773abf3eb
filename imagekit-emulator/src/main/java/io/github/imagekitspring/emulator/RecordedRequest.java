package io.github.imagekitspring.emulator;

import java.time.Instant;

/**
 * One request the emulator received, as kept in its request log.
 *
 * @param receivedAt when the emulator took the request in, on its clock ({@link ImageKitEmulator.Builder#clock}); for
 * an API operation, the instant its rate-limit windows counted the request at, so with windows of {@code intervalMs}
 * it fell in window number {@code receivedAt.toEpochMilli() / intervalMs}
 * @param method HTTP method
 * @param path request path without the query
 * @param operationId the operation id as the starter's client names it ({@code files.list}, see
 * {@link ImageKitEmulator#operationIds()}), {@code "delivery"} for file delivery under the URL endpoint, or
 * {@code null} when no operation matched
 * @param status the status sent, or {@code 0} when the connection was dropped without a response
 * @param requestId the {@code x-ik-requestId} sent, or {@code null} for a dropped connection
 */
public record RecordedRequest(Instant receivedAt, String method, String path, String operationId, int status,
		String requestId) {
}
