package io.github.imagekitspring.emulator.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * One row of the route table: the operation id (the Java client's), its alias (the spec's operationId),
 * the request line, and the handler.
 *
 * @param upload whether the upload host serves it (no rate limit, CORS for browsers)
 * @param lockable whether its answers may say 423 (a folder job holds the path); others say 400 instead
 */
record Route(String id, String alias, String method, String template, boolean upload, boolean lockable,
		Handler handler, Pattern pattern, List<String> variables) {

	/** Answers a request that matched the route. */
	@FunctionalInterface
	interface Handler {

		Mono<Reply> handle(RouteContext context, ServerRequest request, Map<String, String> variables);

	}

	static Route of(String id, String alias, String method, String template, boolean upload, boolean lockable, Handler handler) {
		List<String> variables = new ArrayList<>();
		StringBuilder regex = new StringBuilder();
		Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
			variables.add(m.group(1));
			last = m.end();
		}
		regex.append(Pattern.quote(template.substring(last)));
		return new Route(id, alias, method, template, upload, lockable, handler, Pattern.compile(regex + "/?"),
				List.copyOf(variables));
	}

	/** Whether {@code name} is this route's id or alias. */
	boolean isNamed(String name) {
		return this.id.equals(name) || this.alias.equals(name);
	}

	boolean matchesPath(String path) {
		return this.pattern.matcher(path).matches();
	}

	/** The decoded path variables when the request matches, else {@code null}. */
	Map<String, String> match(String method, String path) {
		if (!this.method.equals(method)) {
			return null;
		}
		Matcher m = this.pattern.matcher(path);
		if (!m.matches()) {
			return null;
		}
		Map<String, String> vars = new LinkedHashMap<>();
		for (int i = 0; i < this.variables.size(); i++) {
			vars.put(this.variables.get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
		}
		return vars;
	}

}
