package io.github.imagekitspring.emulator.internal;

/** A successful answer: status and a body to serialise as JSON ({@code null} for no body). */
record Reply(int status, Object body) {

	static Reply ok(Object body) {
		return new Reply(200, body);
	}

	static Reply created(Object body) {
		return new Reply(201, body);
	}

	static Reply noContent() {
		return new Reply(204, null);
	}

}
