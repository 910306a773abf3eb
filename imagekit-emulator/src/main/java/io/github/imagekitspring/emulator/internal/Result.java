package io.github.imagekitspring.emulator.internal;

/** A successful answer: status and a body to serialise as JSON ({@code null} for no body). */
public record Result(int status, Object body) {

	public static Result ok(Object body) {
		return new Result(200, body);
	}

	public static Result created(Object body) {
		return new Result(201, body);
	}

	public static Result noContent() {
		return new Result(204, null);
	}

}
