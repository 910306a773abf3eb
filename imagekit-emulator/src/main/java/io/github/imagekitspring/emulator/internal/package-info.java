/**
 * The emulator's implementation. Public only so the API package can reach it; not an API, and it may
 * change without notice.
 */
package io.github.imagekitspring.emulator.internal;
