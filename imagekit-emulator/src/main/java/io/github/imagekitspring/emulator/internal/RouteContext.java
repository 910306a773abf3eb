package io.github.imagekitspring.emulator.internal;

/** What handlers share: the account's state, upload authentication, and the remote-file fetcher for URL uploads. */
record RouteContext(EmulatorState state, UploadAuth uploadAuth, RemoteFiles remoteFiles) {
}
