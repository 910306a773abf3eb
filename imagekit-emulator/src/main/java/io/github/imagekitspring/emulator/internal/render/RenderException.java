package io.github.imagekitspring.emulator.internal.render;

/**
 * A transformation that cannot be rendered: an invalid value, a missing layer file or named transformation, or an
 * image over the pixel limit. Delivery answers it as ImageKit answers a bad transformation, with a 400.
 */
public final class RenderException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RenderException(String message) {
		super(message, null, false, false);
	}

}
