package org.ecmh.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.ecmh.e2e.fhir.FhirClient;

/**
 * Turns a valid seed into a bad request with one to {@value #MAX_MUTATIONS} mutations drawn from a seeded
 * Random: damaged bytes and JSON, wrong values and types, unknown elements and resource types, huge and deeply
 * nested bodies, wrong or lying content types and encodings, odd headers, search parameters, paths and methods.
 */
final class Mutator {

	private static final int MAX_MUTATIONS = 3;
	private static final int[] NESTING_DEPTHS = {64, 1_000, 20_000, 200_000};
	private static final int[] HUGE_SIZES = {64 * 1024, 1024 * 1024, 4 * 1024 * 1024};
	private static final int[] REPEATS = {100, 10_000};
	private static final int LONG_HEADER = 4 * 1024;
	private static final int MAX_SPAN = 64;
	private static final Pattern STRING_MEMBER = Pattern.compile("\"(\\w+)\":\"([^\"]*)\"");
	private static final Pattern MEMBER_NAME = Pattern.compile("\"(\\w+)\":");
	private static final Pattern INTERNAL_REFERENCE = Pattern.compile("urn:uuid:[0-9a-f-]{36}");

	/** JSON values of the wrong type, out of range, or hostile. */
	private static final List<String> BAD_VALUES = List.of(
			"\"\"", "\" \"", "null", "0", "-1", "1e999", "true", "[]", "{}", "[[]]", "{\"a\":1}",
			"\"\\u0000\"", "\"\\ud800\"", "\"2023-02-30\"", "\"9999-99-99T99:99\"", "\"Patient/\"",
			"\"Patient/../../etc/passwd\"", "\"urn:uuid:00000000-0000-0000-0000-000000000000\"",
			"\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"http://evil.example/Patient/1\"",
			"\"\uD83D\uDC76\uD83C\uDFFD\u202E\"", "\"" + "a".repeat(10_000) + "\"", "\"#\"", "\"Patient/%s\"");
	private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "\\", "\\u", "/*", "\u0000");
	private static final List<String> MEMBER_NAMES = List.of(
			"nickname", "", "resourceType", "id", "meta", "contained", "extension", "_birthDate", "__proto__", "text");
	private static final List<String> RESOURCE_TYPES = List.of(
			"Patient", "Observation", "Bundle", "OperationOutcome", "Parameters", "Binary", "patient", "", "Foo", "DomainResource");
	private static final List<String> CONTENT_TYPES = List.of(
			"application/fhir+json", "application/json", "application/fhir+xml", "application/xml", "text/plain",
			"text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
			"application/fhir+json; charset=klingon", "application/fhir+json; fhirVersion=5.0", "application/json-patch+json",
			"application/fhir+turtle", "*/*", "garbage", ";;;");
	private static final List<String> ACCEPTS = List.of(
			"application/fhir+xml", "application/json", "text/html", "*/*", "garbage", "application/fhir+json; fhirVersion=3.0",
			"application/fhir+json;q=abc", "image/png");
	private static final List<String> CONTENT_ENCODINGS = List.of("gzip", "deflate", "br", "compress", "identity, gzip", "garbage");
	private static final List<String> CONDITIONAL_HEADERS = List.of("If-Match", "If-None-Match", "If-None-Exist", "If-Modified-Since", "Prefer");
	private static final List<String> HEADER_VALUES = List.of(
			"W/\"1\"", "W/\"abc\"", "\"1\"", "*", "garbage", "identifier=urn:x|1", "Patient?name=x", "_id=%%%",
			"return=representation", "return=OperationOutcome", "respond-async", "handling=strict", "Tue, 99 Foo 2025");
	private static final List<String> SEARCH_PARAMETERS = List.of(
			"name", "family", "birthdate", "gender", "identifier", "_id", "_lastUpdated", "_count", "_offset", "_sort",
			"_include", "_revinclude", "_elements", "_summary", "_total", "_format", "_pretty", "_has:Observation:subject:code",
			"subject:Patient.name", "code:text", "birthdate:missing", "_contained", "_text", "_content", "_filter", "_list",
			"value-quantity", "nosuchparameter", "_since", "_at");
	private static final List<String> SEARCH_VALUES = List.of(
			"", "ge", "lt2020", "2020-13-45", "|", "||", "a|b|c", "Patient/x/y", "*", "-1", "0", "99999999999", "abc",
			"true", "xml", "ge1e999", "Observation:nosuchparameter", "Patient:*", "eq12|http://unitsofmeasure.org|",
			"\u0000", "\uD83D\uDC76", "' OR 1=1 --", "x".repeat(4 * 1024), "_id", "-_id,name", "count", "data");
	private static final List<String> PATHS = List.of(
			"/Patientx", "/patient", "/Patient/", "/Patient/%00", "/Patient/" + "a".repeat(300), "/Patient/-1",
			"/Patient/%s/_history/abc", "/Patient/%s/$everything", "/$meta", "/$unknown", "/Patient/$validate",
			"/metadata", "/metadata?mode=terminology", "/_history", "/Observation/$lastn", "/ValueSet/$expand?url=garbage",
			"/Patient/_search", "/Binary", "/..%2F..%2Factuator", "/Bundle", "/Patient/%s/_history/1", "/Patient/%s/%2E%2E",
			"/Patient?_id=%s&_id=%s", "/Patient/%s/$meta-add", "/StructureDefinition");
	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	private final Random random;
	private final String child;
	private final List<Mutation> mutations = List.of(
			new Mutation("flip byte", this::flipByte),
			new Mutation("delete span", this::deleteSpan),
			new Mutation("duplicate span", this::duplicateSpan),
			new Mutation("truncate", this::truncate),
			new Mutation("insert token", this::insertToken),
			new Mutation("bad value", this::badValue),
			new Mutation("rename member", this::renameMember),
			new Mutation("resource type", this::resourceType),
			new Mutation("dangling internal reference", this::danglingReference),
			new Mutation("deep nesting", this::deepNesting),
			new Mutation("huge value", this::hugeValue),
			new Mutation("many elements", this::manyElements),
			new Mutation("gzip body", this::gzipBody),
			new Mutation("false content encoding", this::falseContentEncoding),
			new Mutation("UTF-16 body", this::utf16Body),
			new Mutation("invalid UTF-8", this::invalidUtf8),
			new Mutation("XML entities", this::xmlEntities),
			new Mutation("content type", request -> request.headers.put("Content-Type", pick(CONTENT_TYPES))),
			new Mutation("no content type", request -> request.headers.remove("Content-Type")),
			new Mutation("accept", request -> request.headers.put("Accept", pick(ACCEPTS))),
			new Mutation("conditional header", request -> request.headers.put(pick(CONDITIONAL_HEADERS), pick(HEADER_VALUES))),
			new Mutation("long header", request -> request.headers.put("X-Request-ID", "r".repeat(LONG_HEADER))),
			new Mutation("search parameter", this::searchParameter),
			new Mutation("path", this::path),
			new Mutation("method", this::method));

	Mutator(Random random, String child) {
		this.random = random;
		this.child = child;
	}

	FuzzRequest mutate(Seed seed) {
		FuzzRequest request = new FuzzRequest(seed);
		int count = 1 + random.nextInt(MAX_MUTATIONS);
		for (int i = 0; i < count; i++) {
			Mutation mutation = mutations.get(random.nextInt(mutations.size()));
			mutation.change().accept(request);
			request.mutations.add(mutation.name());
		}
		if (request.method.equals("DELETE")) {
			// last, as a later mutation can point a DELETE at the child again (e.g. /Patient?_id=<child>)
			request.path = "/Patient/fuzz-missing-" + random.nextInt(Integer.MAX_VALUE);
		}
		return request;
	}

	private record Mutation(String name, Consumer<FuzzRequest> change) {}

	private void flipByte(FuzzRequest request) {
		byte[] body = bodyOrEmptyObject(request);
		body[random.nextInt(body.length)] = (byte) random.nextInt(256);
	}

	private void deleteSpan(FuzzRequest request) {
		String text = textOf(request);
		int start = random.nextInt(text.length());
		int end = Math.min(text.length(), start + 1 + random.nextInt(MAX_SPAN));
		setText(request, text.substring(0, start) + text.substring(end));
	}

	private void duplicateSpan(FuzzRequest request) {
		String text = textOf(request);
		int start = random.nextInt(text.length());
		int end = Math.min(text.length(), start + 1 + random.nextInt(MAX_SPAN));
		setText(request, text.substring(0, end) + text.substring(start));
	}

	private void truncate(FuzzRequest request) {
		String text = textOf(request);
		setText(request, text.substring(0, random.nextInt(text.length())));
	}

	private void insertToken(FuzzRequest request) {
		String text = textOf(request);
		int at = random.nextInt(text.length() + 1);
		setText(request, text.substring(0, at) + pick(TOKENS) + text.substring(at));
	}

	private void badValue(FuzzRequest request) {
		replaceOneMatch(request, STRING_MEMBER, match -> "\"" + match.group(1) + "\":" + pick(BAD_VALUES).replace("%s", child));
	}

	private void renameMember(FuzzRequest request) {
		replaceOneMatch(request, MEMBER_NAME, match -> "\"" + pick(MEMBER_NAMES) + "\":");
	}

	private void resourceType(FuzzRequest request) {
		String text = textOf(request).replaceFirst("\"resourceType\":\"\\w+\"", "\"resourceType\":\"" + pick(RESOURCE_TYPES) + "\"");
		setText(request, text);
	}

	private void danglingReference(FuzzRequest request) {
		replaceOneMatch(request, INTERNAL_REFERENCE, match -> "urn:uuid:" + new UUID(random.nextLong(), random.nextLong()));
	}

	/** Extensions nested inside extensions: valid FHIR structure, hostile depth. */
	private void deepNesting(FuzzRequest request) {
		int depth = NESTING_DEPTHS[random.nextInt(NESTING_DEPTHS.length)];
		String open = "{\"url\":\"http://example.org/deep\",\"extension\":[";
		String inner = "{\"url\":\"http://example.org/deep\",\"valueString\":\"bottom\"}";
		setText(request, "{\"resourceType\":\"Patient\",\"extension\":[" + open.repeat(depth) + inner + "]}".repeat(depth) + "]}");
		request.mutations.add("depth " + depth);
	}

	private void hugeValue(FuzzRequest request) {
		int size = HUGE_SIZES[random.nextInt(HUGE_SIZES.length)];
		String huge = "\"" + "x".repeat(size) + "\"";
		replaceOneMatch(request, STRING_MEMBER, match -> "\"" + match.group(1) + "\":" + huge);
		request.mutations.add(size + " bytes");
	}

	private void manyElements(FuzzRequest request) {
		int repeats = REPEATS[random.nextInt(REPEATS.length)];
		String names = String.join(",", Collections.nCopies(repeats, "{\"family\":\"Okafor\"}"));
		setText(request, textOf(request).replaceFirst("\"name\":\\[", "\"name\":[" + names + ","));
		request.mutations.add(repeats + " names");
	}

	private void gzipBody(FuzzRequest request) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(bodyOrEmptyObject(request));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		request.body = compressed.toByteArray();
		request.headers.put("Content-Encoding", "gzip");
	}

	private void falseContentEncoding(FuzzRequest request) {
		request.headers.put("Content-Encoding", pick(CONTENT_ENCODINGS));
	}

	private void utf16Body(FuzzRequest request) {
		request.body = textOf(request).getBytes(StandardCharsets.UTF_16);
		if (random.nextBoolean()) {
			request.headers.put("Content-Type", FhirClient.FHIR_JSON + "; charset=UTF-16");
		}
	}

	private void invalidUtf8(FuzzRequest request) {
		byte[] body = bodyOrEmptyObject(request);
		byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}};
		byte[] bad = invalid[random.nextInt(invalid.length)];
		int at = random.nextInt(body.length + 1);
		byte[] result = new byte[body.length + bad.length];
		System.arraycopy(body, 0, result, 0, at);
		System.arraycopy(bad, 0, result, at, bad.length);
		System.arraycopy(body, at, result, at + bad.length, body.length - at);
		request.body = result;
	}

	/** An external entity and an exponential entity expansion ("billion laughs"): neither may be expanded. */
	private void xmlEntities(FuzzRequest request) {
		String external = "<!DOCTYPE Patient [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&x;\"/></name></Patient>";
		StringBuilder laughs = new StringBuilder("<!DOCTYPE Patient [<!ENTITY l0 \"lol\">");
		for (int level = 1; level <= 10; level++) {
			laughs.append("<!ENTITY l").append(level).append(" \"").append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
		}
		laughs.append("]><Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&l10;\"/></name></Patient>");
		setText(request, random.nextBoolean() ? external : laughs.toString());
		request.headers.put("Content-Type", "application/fhir+xml");
	}

	private void searchParameter(FuzzRequest request) {
		String parameter = FhirClient.encode(pick(SEARCH_PARAMETERS)) + "=" + FhirClient.encode(pick(SEARCH_VALUES));
		request.path = request.path + (request.path.contains("?") ? "&" : "?") + parameter;
	}

	private void path(FuzzRequest request) {
		request.path = pick(PATHS).replace("%s", child);
	}

	/** Another method; a DELETE only ever targets a resource that does not exist ({@link #mutate}), so nothing real is lost. */
	private void method(FuzzRequest request) {
		request.method = pick(METHODS);
	}

	private void replaceOneMatch(FuzzRequest request, Pattern pattern, Function<MatchResult, String> replacement) {
		String text = textOf(request);
		List<MatchResult> matches = pattern.matcher(text).results().toList();
		if (matches.isEmpty()) {
			return;
		}
		MatchResult chosen = matches.get(random.nextInt(matches.size()));
		setText(request, text.substring(0, chosen.start()) + replacement.apply(chosen) + text.substring(chosen.end()));
	}

	private static byte[] bodyOrEmptyObject(FuzzRequest request) {
		if (request.body == null || request.body.length == 0) {
			request.body = "{}".getBytes(StandardCharsets.UTF_8);
		}
		return request.body;
	}

	private static String textOf(FuzzRequest request) {
		bodyOrEmptyObject(request);
		return request.bodyText();
	}

	private static void setText(FuzzRequest request, String text) {
		request.body = text.getBytes(StandardCharsets.UTF_8);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
