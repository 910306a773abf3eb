package io.github.imagekitspring.emulator.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


/**
 * A transformation chain parsed from a delivery URL: steps separated by {@code :}, parameters by {@code ,}, and
 * layers from {@code l-<type>} to {@code l-end} with their own steps inside.
 */
final class Chain {

	/** Keys a layer reads for itself, wherever they stand between its {@code l-<type>} and {@code l-end}. */
	private static final Set<String> LAYER_KEYS = Set.of("i", "ie", "lx", "ly", "lxc", "lyc", "lap", "lfo", "lso",
			"leo", "ldu", "lm");

	private static final int MAX_NAMED_DEPTH = 4;

	/** One {@code key-value} parameter; {@code token} is how it was written. */
	record Param(String key, String value, String token) {
	}

	/** One step: its parameters by key (a later one wins) and its layers, in order. */
	record Step(Map<String, Param> params, List<Layer> layers) {
	}

	/** A layer: its type ({@code image}, {@code text}, ...), its own keys and its own chain. */
	record Layer(String type, Map<String, Param> own, List<Step> steps) {
	}

	private final List<String> tokens = new ArrayList<>();

	private final List<Character> delimiters = new ArrayList<>();

	private int position;

	private Chain(String text) {
		StringBuilder token = new StringBuilder();
		char delimiter = ',';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == ':') {
				this.tokens.add(token.toString());
				this.delimiters.add(delimiter);
				token.setLength(0);
				delimiter = c;
			}
			else {
				token.append(c);
			}
		}
		this.tokens.add(token.toString());
		this.delimiters.add(delimiter);
	}

	/**
	 * Parses a decoded chain, such as {@code w-300,h-200:l-text,i-Hi,l-end}.
	 * @throws RenderException for a layer that does not end or an {@code l-end} without a layer
	 */
	static List<Step> parse(String text) {
		Chain chain = new Chain(text);
		return chain.steps(null);
	}

	/** Replaces every {@code n-<name>} with the steps of that named transformation. */
	static List<Step> expandNamed(List<Step> steps, Function<String, String> named) {
		return expand(steps, named, 0);
	}

	private static List<Step> expand(List<Step> steps, Function<String, String> named, int depth) {
		List<Step> expanded = new ArrayList<>();
		for (Step step : steps) {
			Param name = step.params().get("n");
			Map<String, Param> rest = new LinkedHashMap<>(step.params());
			rest.remove("n");
			if (name != null) {
				if (depth >= MAX_NAMED_DEPTH) {
					throw new RenderException("Named transformations nest too deep at " + name.token() + ".");
				}
				String definition = named.apply(name.value());
				if (definition == null) {
					throw new RenderException("Invalid transformation: the named transformation '" + name.value()
							+ "' does not exist.");
				}
				String text = definition.startsWith("tr:") ? definition.substring(3) : definition;
				expanded.addAll(expand(parse(text), named, depth + 1));
			}
			List<Layer> layers = new ArrayList<>();
			for (Layer layer : step.layers()) {
				layers.add(new Layer(layer.type(), layer.own(), expand(layer.steps(), named, depth)));
			}
			if (!rest.isEmpty() || !layers.isEmpty()) {
				expanded.add(new Step(rest, layers));
			}
		}
		return expanded;
	}

	private List<Step> steps(Map<String, Param> layerOwn) {
		List<Step> steps = new ArrayList<>();
		Map<String, Param> params = new LinkedHashMap<>();
		List<Layer> layers = new ArrayList<>();
		boolean closed = false;
		while (this.position < this.tokens.size()) {
			String token = this.tokens.get(this.position);
			char delimiter = this.delimiters.get(this.position);
			this.position++;
			if (delimiter == ':' && (!params.isEmpty() || !layers.isEmpty())) {
				steps.add(new Step(params, layers));
				params = new LinkedHashMap<>();
				layers = new ArrayList<>();
			}
			if (token.isEmpty()) {
				continue;
			}
			if (token.equals("l-end")) {
				if (layerOwn == null) {
					throw new RenderException("Invalid transformation: l-end without a layer.");
				}
				closed = true;
				break;
			}
			if (token.startsWith("l-")) {
				Map<String, Param> own = new LinkedHashMap<>();
				List<Step> inner = steps(own);
				layers.add(new Layer(token.substring(2), own, inner));
				continue;
			}
			Param param = param(token);
			if (layerOwn != null && LAYER_KEYS.contains(param.key())) {
				layerOwn.put(param.key(), param);
			}
			else {
				params.put(param.key(), param);
			}
		}
		if (layerOwn != null && !closed) {
			throw new RenderException("Invalid transformation: a layer is not closed with l-end.");
		}
		if (!params.isEmpty() || !layers.isEmpty()) {
			steps.add(new Step(params, layers));
		}
		return steps;
	}

	/** {@code w-300} → {@code w}, {@code 300}; effects keep their name: {@code e-sharpen-10} → {@code e-sharpen}. */
	private static Param param(String token) {
		int dash = token.indexOf('-');
		if (dash < 0) {
			return new Param(token, "", token);
		}
		String key = token.substring(0, dash);
		String value = token.substring(dash + 1);
		if (key.equals("e")) {
			int next = value.indexOf('-');
			key = "e-" + ((next < 0) ? value : value.substring(0, next));
			value = (next < 0) ? "" : value.substring(next + 1);
		}
		return new Param(key, value, token);
	}

}
