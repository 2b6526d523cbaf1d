package org.ecmh.fhir.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The shape RFC 6902 gives a JSON Patch document: an array of operations, each naming its {@code op} and
 * {@code path}, plus {@code from} or {@code value} where the operation needs one. HAPI's patch code assumes that
 * shape and fails with a server error without it, so the shape is checked first.
 */
final class JsonPatchDocument {

	private static final ObjectMapper JSON = new ObjectMapper();
	/** RFC 6902 §4: the member each operation needs besides "path" (none for "remove"). */
	private static final Map<String, String> OPERATIONS = Map.of(
			"add", "value", "replace", "value", "test", "value", "move", "from", "copy", "from", "remove", "");

	private JsonPatchDocument() {
	}

	/** What makes {@code body} not a JSON Patch document, if anything. */
	static Optional<String> problemWith(byte[] body) {
		JsonNode document;
		try {
			document = body == null || body.length == 0 ? null : JSON.readTree(body);
		} catch (JsonProcessingException e) {
			return Optional.of("The JSON Patch body is not JSON: " + e.getOriginalMessage());
		} catch (IOException e) {
			throw new UncheckedIOException("Reading a body already in memory", e);
		}
		if (document == null || !document.isArray()) {
			return Optional.of("A JSON Patch body is an array of operations such as "
					+ "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"completed\"}]");
		}
		for (int index = 0; index < document.size(); index++) {
			Optional<String> problem = problemWithOperation(document.get(index));
			if (problem.isPresent()) {
				return Optional.of("JSON Patch operation " + index + ": " + problem.get());
			}
		}
		return Optional.empty();
	}

	private static Optional<String> problemWithOperation(JsonNode operation) {
		JsonNode op = operation.get("op");
		if (op == null || !op.isTextual() || !OPERATIONS.containsKey(op.asText())) {
			return Optional.of("\"op\" must be one of " + OPERATIONS.keySet());
		}
		String needed = OPERATIONS.get(op.asText());
		if (!isPointer(operation.get("path")) || (needed.equals("from") && !isPointer(operation.get("from")))) {
			return Optional.of("\"path\" (and \"from\" for move and copy) must be a JSON Pointer such as \"/status\"");
		}
		if (needed.equals("value") && !operation.has("value")) {
			return Optional.of("\"" + op.asText() + "\" needs a \"value\"");
		}
		return Optional.empty();
	}

	/** RFC 6901: a pointer is empty (the whole document) or starts with "/". */
	private static boolean isPointer(JsonNode member) {
		return member != null && member.isTextual() && (member.asText().isEmpty() || member.asText().startsWith("/"));
	}
}
