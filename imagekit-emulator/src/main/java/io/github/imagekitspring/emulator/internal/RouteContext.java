package io.github.imagekitspring.emulator.internal;

import io.github.imagekitspring.emulator.internal.render.ImageRenderer;

/**
 * What handlers share: the account's state, upload authentication, the remote-file fetcher for URL uploads,
 * the first path segment of the URL endpoint, and the renderer of delivered transformations.
 */
record RouteContext(EmulatorState state, UploadAuth uploadAuth, RemoteFiles remoteFiles, String urlPrefix,
		ImageRenderer renderer) {
}
