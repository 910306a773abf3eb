package io.github.imagekitspring.emulator.internal;

/**
 * What handlers share: the account's state, upload authentication, the remote-file fetcher for URL uploads,
 * and the first path segment of the URL endpoint.
 */
record RouteContext(EmulatorState state, UploadAuth uploadAuth, RemoteFiles remoteFiles, String urlPrefix) {
}
