package org.ecmh.e2e.fuzz;

import java.util.Arrays;
import java.util.Optional;

/**
 * Server bugs this fuzzer has found and {@link KnownServerBugsIT} reproduces one by one. The fuzz run
 * reports how often it hits each, but fails only on problems that match none, so it keeps guarding against
 * new ones while these wait for their fix. Remove an entry when its fix lands.
 */
enum KnownServerBug {

	EMPTY_MEMBER_NAME("500 for a JSON member with an empty name", "String index out of range: 0"),
	UNPARSEABLE_CONTENT_TYPE("500 for a body in a FHIR format the server cannot parse (Turtle)", "theResource must not be null"),
	NON_NUMERIC_VERSION("500 for a non-numeric version id in the URL", "HAPI-0389: Failed to call access method"),
	PATCH_WITHOUT_PATCH_DOCUMENT("500 for a PATCH whose body is a resource, not a JSON/XML/FHIRPath patch", "HAPI-0390: Failed to call access method: null"),
	MALFORMED_IF_MATCH("500 for an If-Match header that is not an ETag", "HAPI-2223"),
	HTML_ERROR_PAGE("Tomcat's HTML error page instead of an OperationOutcome for a URL it refuses", "<title>HTTP Status 400"),
	/** Tomcat answers a GET without reading its body and resets the connection when the body is over 2 MB (maxSwallowSize). */
	RESET_AFTER_UNREAD_BODY("answer cut off by a connection reset after a multi-MB body the server did not read",
			"no answer (java.io.IOException: chunked transfer encoding");

	private final String description;
	private final String signature;

	KnownServerBug(String description, String signature) {
		this.description = description;
		this.signature = signature;
	}

	static Optional<KnownServerBug> matching(String problem) {
		return Arrays.stream(values()).filter(bug -> problem.contains(bug.signature)).findFirst();
	}

	@Override
	public String toString() {
		return description;
	}
}
