package io.github.imagekitspring.emulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the {@code searchQuery} language of the list-and-search operation. Anything it does not
 * model is rejected with a 400 rather than answered wrongly.
 *
 * <pre>
 * expr   := and ("OR" and)*
 * and    := unary ("AND" unary)*
 * unary  := "(" expr ")" | clause
 * clause := field op value
 * op     := "=" | ":" | "<" | "<=" | ">" | ">=" | "IN" | "NOT" "=" | "NOT" "IN"
 * value  := string | bare | "[" value ("," value)* "]"
 * </pre>
 */
final class SearchQuery {

	private enum Op {
		EQ, PREFIX, LT, LE, GT, GE, IN, NOT_EQ, NOT_IN
	}

	private static final Set<Op> STRING_OPS = Set.of(Op.EQ, Op.PREFIX, Op.IN, Op.NOT_EQ, Op.NOT_IN);

	private static final Set<Op> ORDER_OPS = Set.of(Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN, Op.NOT_EQ, Op.NOT_IN);

	private static final Set<Op> LIST_OPS = Set.of(Op.IN, Op.NOT_IN);

	private static final Pattern RELATIVE = Pattern.compile("(\\d+)([hdwmy])");

	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb)?", Pattern.CASE_INSENSITIVE);

	private record Token(String kind, String text) {
	}

	private final List<Token> tokens;

	private final Instant now;

	private final Map<String, String> customFieldTypes;

	private int pos;

	private SearchQuery(String query, Instant now, Map<String, String> customFieldTypes) {
		this.tokens = tokenize(query);
		this.now = now;
		this.customFieldTypes = customFieldTypes;
	}

	/**
	 * Parses {@code query} into a predicate.
	 * @param now the emulator's current time, for relative dates
	 * @param customFieldTypes live custom metadata field names mapped to their schema type
	 * @throws ApiException 400 for syntax errors and unsupported fields or operators
	 */
	static Predicate<SearchTarget> parse(String query, Instant now, Map<String, String> customFieldTypes) {
		SearchQuery parser = new SearchQuery(query, now, customFieldTypes);
		if (parser.tokens.isEmpty()) {
			throw invalid("the query is empty");
		}
		Predicate<SearchTarget> result = parser.expr();
		if (parser.pos < parser.tokens.size()) {
			throw invalid("unexpected '" + parser.tokens.get(parser.pos).text + "'");
		}
		return result;
	}

	private static ApiException invalid(String detail) {
		return ApiException.invalid("Invalid search query: " + detail + ".");
	}

	private static List<Token> tokenize(String q) {
		List<Token> out = new ArrayList<>();
		int i = 0;
		while (i < q.length()) {
			char c = q.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '"') {
				StringBuilder sb = new StringBuilder();
				i++;
				while (i < q.length() && q.charAt(i) != '"') {
					if (q.charAt(i) == '\\' && i + 1 < q.length()) {
						i++;
					}
					sb.append(q.charAt(i++));
				}
				if (i >= q.length()) {
					throw invalid("unterminated string");
				}
				i++;
				out.add(new Token("string", sb.toString()));
			}
			else if ("()[],".indexOf(c) >= 0) {
				out.add(new Token(String.valueOf(c), String.valueOf(c)));
				i++;
			}
			else if (c == '<' || c == '>') {
				boolean eq = i + 1 < q.length() && q.charAt(i + 1) == '=';
				out.add(new Token("op", eq ? c + "=" : String.valueOf(c)));
				i += eq ? 2 : 1;
			}
			else if (c == '=' || c == ':') {
				out.add(new Token("op", String.valueOf(c)));
				i++;
			}
			else {
				int start = i;
				while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && "()[],\"<>=:".indexOf(q.charAt(i)) < 0) {
					i++;
				}
				out.add(new Token("word", q.substring(start, i)));
			}
		}
		return out;
	}

	private Token peek() {
		return (this.pos < this.tokens.size()) ? this.tokens.get(this.pos) : null;
	}

	private boolean peekWord(String word) {
		Token t = peek();
		return t != null && t.kind.equals("word") && t.text.equalsIgnoreCase(word);
	}

	private Token next(String expected) {
		Token t = peek();
		if (t == null) {
			throw invalid("expected " + expected + " but the query ended");
		}
		this.pos++;
		return t;
	}

	private Predicate<SearchTarget> expr() {
		Predicate<SearchTarget> left = and();
		while (peekWord("OR")) {
			this.pos++;
			left = left.or(and());
		}
		return left;
	}

	private Predicate<SearchTarget> and() {
		Predicate<SearchTarget> left = unary();
		while (peekWord("AND")) {
			this.pos++;
			left = left.and(unary());
		}
		return left;
	}

	private Predicate<SearchTarget> unary() {
		Token t = peek();
		if (t != null && t.kind.equals("(")) {
			this.pos++;
			Predicate<SearchTarget> inner = expr();
			Token close = next("')'");
			if (!close.kind.equals(")")) {
				throw invalid("expected ')' but found '" + close.text + "'");
			}
			return inner;
		}
		return clause();
	}

	private Predicate<SearchTarget> clause() {
		Token fieldToken = next("a field name");
		if (!fieldToken.kind.equals("word") && !fieldToken.kind.equals("string")) {
			throw invalid("expected a field name but found '" + fieldToken.text + "'");
		}
		String field = fieldToken.text;
		Op op = operator();
		List<Token> values = values(op);
		return build(field, op, values);
	}

	private Op operator() {
		Token t = next("an operator");
		if (t.kind.equals("op")) {
			return switch (t.text) {
				case "=" -> Op.EQ;
				case ":" -> Op.PREFIX;
				case "<" -> Op.LT;
				case "<=" -> Op.LE;
				case ">" -> Op.GT;
				default -> Op.GE;
			};
		}
		if (t.kind.equals("word") && t.text.equalsIgnoreCase("IN")) {
			return Op.IN;
		}
		if (t.kind.equals("word") && t.text.equalsIgnoreCase("NOT")) {
			Token n = next("'=' or 'IN' after NOT");
			if (n.kind.equals("op") && n.text.equals("=")) {
				return Op.NOT_EQ;
			}
			if (n.kind.equals("word") && n.text.equalsIgnoreCase("IN")) {
				return Op.NOT_IN;
			}
			throw invalid("expected '=' or 'IN' after NOT but found '" + n.text + "'");
		}
		throw invalid("expected an operator but found '" + t.text + "'");
	}

	private List<Token> values(Op op) {
		List<Token> out = new ArrayList<>();
		if (op == Op.IN || op == Op.NOT_IN) {
			Token open = next("'['");
			if (!open.kind.equals("[")) {
				throw invalid("IN needs a list in square brackets");
			}
			while (true) {
				out.add(scalar());
				Token sep = next("',' or ']'");
				if (sep.kind.equals("]")) {
					return out;
				}
				if (!sep.kind.equals(",")) {
					throw invalid("expected ',' or ']' but found '" + sep.text + "'");
				}
			}
		}
		out.add(scalar());
		return out;
	}

	private Token scalar() {
		Token t = next("a value");
		if (!t.kind.equals("string") && !t.kind.equals("word")) {
			throw invalid("expected a value but found '" + t.text + "'");
		}
		return t;
	}

	private Predicate<SearchTarget> build(String field, Op op, List<Token> values) {
		switch (field) {
			case "name":
				require(field, op, STRING_OPS);
				return stringClause(op, strings(values), SearchTarget::name);
			case "tags":
				require(field, op, LIST_OPS);
				List<String> tags = strings(values);
				return (t) -> (op == Op.IN) == t.allTags().stream().anyMatch(tags::contains);
			case "type":
				require(field, op, Set.of(Op.EQ, Op.IN, Op.NOT_EQ, Op.NOT_IN));
				List<String> types = strings(values);
				for (String type : types) {
					if (!Set.of("file", "file-version", "folder").contains(type)) {
						throw invalid("type must be file, file-version or folder, not '" + type + "'");
					}
				}
				return stringClause(op, types, SearchTarget::type);
			case "createdAt":
			case "updatedAt":
				require(field, op, ORDER_OPS);
				List<Instant[]> ranges = values.stream().map((v) -> dateRange(v.text)).toList();
				return dateClause(op, ranges, field.equals("createdAt") ? SearchTarget::createdAt : SearchTarget::updatedAt);
			case "size":
				require(field, op, ORDER_OPS);
				return numberClause(op, values.stream().map((v) -> size(v.text)).toList(), SearchTarget::size);
			case "width":
				require(field, op, ORDER_OPS);
				return numberClause(op, numbers(values), (t) -> toDouble(t.width()));
			case "height":
				require(field, op, ORDER_OPS);
				return numberClause(op, numbers(values), (t) -> toDouble(t.height()));
			case "format":
				require(field, op, Set.of(Op.EQ, Op.IN));
				List<String> formats = strings(values).stream().map((s) -> s.toLowerCase(Locale.ROOT)).toList();
				return (t) -> t.format() != null && formats.contains(t.format());
			case "private":
				require(field, op, Set.of(Op.EQ));
				boolean priv = bool(values.get(0));
				return (t) -> t.isPrivate() != null && t.isPrivate() == priv;
			case "published":
				require(field, op, Set.of(Op.EQ));
				boolean pub = bool(values.get(0));
				return (t) -> t.isPublished() != null && t.isPublished() == pub;
			default:
				if (field.startsWith("customMetadata.")) {
					return customClause(field.substring("customMetadata.".length()), op, values);
				}
				throw invalid("the field '" + field + "' is not supported by the emulator");
		}
	}

	private Predicate<SearchTarget> customClause(String name, Op op, List<Token> values) {
		String type = this.customFieldTypes.get(name);
		if (type == null) {
			throw invalid("no custom metadata field named '" + name + "' exists");
		}
		String field = "customMetadata." + name;
		switch (type) {
			case "Text", "Textarea" -> {
				require(field, op, STRING_OPS);
				return stringClause(op, strings(values), (t) -> asString(t.customMetadata().get(name)));
			}
			case "Number" -> {
				require(field, op, Set.of(Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN));
				return numberClause(op, numbers(values), (t) -> toDouble(t.customMetadata().get(name)));
			}
			case "Date" -> {
				require(field, op, Set.of(Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE, Op.IN));
				List<Instant[]> ranges = values.stream().map((v) -> dateRange(v.text)).toList();
				return dateClause(op, ranges, (t) -> {
					Object v = t.customMetadata().get(name);
					return (v == null) ? null : dateRange(v.toString())[0];
				});
			}
			case "Boolean" -> {
				require(field, op, Set.of(Op.EQ));
				boolean b = bool(values.get(0));
				return (t) -> Objects.equals(t.customMetadata().get(name), b);
			}
			case "SingleSelect" -> {
				require(field, op, STRING_OPS);
				return stringClause(op, strings(values), (t) -> asString(t.customMetadata().get(name)));
			}
			default -> {
				require(field, op, LIST_OPS);
				List<String> wanted = strings(values);
				return (t) -> {
					Object v = t.customMetadata().get(name);
					boolean any = (v instanceof List<?> list) && list.stream().map(String::valueOf).anyMatch(wanted::contains);
					return (op == Op.IN) == any;
				};
			}
		}
	}

	private static void require(String field, Op op, Set<Op> allowed) {
		if (!allowed.contains(op)) {
			throw invalid("the operator " + op.name().replace('_', ' ') + " is not supported for '" + field + "'");
		}
	}

	private static List<String> strings(List<Token> values) {
		return values.stream().map((v) -> v.text).toList();
	}

	private static List<Double> numbers(List<Token> values) {
		List<Double> out = new ArrayList<>();
		for (Token v : values) {
			try {
				out.add(Double.parseDouble(v.text));
			}
			catch (NumberFormatException ex) {
				throw invalid("'" + v.text + "' is not a number");
			}
		}
		return out;
	}

	private static boolean bool(Token value) {
		if (value.text.equals("true") || value.text.equals("false")) {
			return Boolean.parseBoolean(value.text);
		}
		throw invalid("'" + value.text + "' is not true or false");
	}

	private static String asString(Object value) {
		return (value == null) ? null : String.valueOf(value);
	}

	private static Double toDouble(Object value) {
		return (value instanceof Number n) ? n.doubleValue() : null;
	}

	private static double size(String text) {
		Matcher m = SIZE.matcher(text.trim());
		if (!m.matches()) {
			throw invalid("'" + text + "' is not a size");
		}
		double n = Double.parseDouble(m.group(1));
		String unit = (m.group(2) == null) ? "b" : m.group(2).toLowerCase(Locale.ROOT);
		return switch (unit) {
			case "kb" -> n * 1024;
			case "mb" -> n * 1024 * 1024;
			case "gb" -> n * 1024 * 1024 * 1024;
			default -> n;
		};
	}

	/** A date value as a half-open range [from, to): a whole day for YYYY-MM-DD, an instant otherwise. */
	private Instant[] dateRange(String text) {
		Matcher rel = RELATIVE.matcher(text);
		if (rel.matches()) {
			long n = Long.parseLong(rel.group(1));
			ZonedDateTime at = this.now.atZone(ZoneOffset.UTC);
			Instant then = switch (rel.group(2)) {
				case "h" -> at.minusHours(n).toInstant();
				case "d" -> at.minusDays(n).toInstant();
				case "w" -> at.minusWeeks(n).toInstant();
				case "m" -> at.minusMonths(n).toInstant();
				default -> at.minusYears(n).toInstant();
			};
			return new Instant[] { then, then.plusMillis(1) };
		}
		try {
			if (text.length() == 10) {
				Instant day = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
				return new Instant[] { day, day.plusSeconds(86400) };
			}
			Instant at;
			try {
				at = OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				at = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			return new Instant[] { at, at.plusMillis(1) };
		}
		catch (DateTimeParseException ex) {
			throw invalid("'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or a relative value like 7d)");
		}
	}

	private static Predicate<SearchTarget> stringClause(Op op, List<String> values, java.util.function.Function<SearchTarget, String> getter) {
		return (t) -> {
			String actual = getter.apply(t);
			return switch (op) {
				case EQ -> actual != null && actual.equals(values.get(0));
				case PREFIX -> actual != null && actual.startsWith(values.get(0));
				case NOT_EQ -> actual == null || !actual.equals(values.get(0));
				case IN -> actual != null && values.contains(actual);
				default -> actual == null || !values.contains(actual);
			};
		};
	}

	private static Predicate<SearchTarget> numberClause(Op op, List<Double> values, java.util.function.Function<SearchTarget, ? extends Number> getter) {
		return (t) -> {
			Number n = getter.apply(t);
			if (n == null) {
				return op == Op.NOT_EQ || op == Op.NOT_IN;
			}
			double actual = n.doubleValue();
			double v = values.get(0);
			return switch (op) {
				case EQ -> actual == v;
				case LT -> actual < v;
				case LE -> actual <= v;
				case GT -> actual > v;
				case GE -> actual >= v;
				case NOT_EQ -> actual != v;
				case IN -> values.contains(actual);
				case NOT_IN -> !values.contains(actual);
				default -> false;
			};
		};
	}

	private static Predicate<SearchTarget> dateClause(Op op, List<Instant[]> ranges, java.util.function.Function<SearchTarget, Instant> getter) {
		return (t) -> {
			Instant actual = getter.apply(t);
			if (actual == null) {
				return op == Op.NOT_EQ || op == Op.NOT_IN;
			}
			Instant[] r = ranges.get(0);
			boolean inAny = ranges.stream().anyMatch((x) -> !actual.isBefore(x[0]) && actual.isBefore(x[1]));
			return switch (op) {
				case EQ -> !actual.isBefore(r[0]) && actual.isBefore(r[1]);
				case LT -> actual.isBefore(r[0]);
				case LE -> actual.isBefore(r[1]);
				case GT -> !actual.isBefore(r[1]);
				case GE -> !actual.isBefore(r[0]);
				case NOT_EQ -> actual.isBefore(r[0]) || !actual.isBefore(r[1]);
				case IN -> inAny;
				case NOT_IN -> !inAny;
				default -> false;
			};
		};
	}

}
