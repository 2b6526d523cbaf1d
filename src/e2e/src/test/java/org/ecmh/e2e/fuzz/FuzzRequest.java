package org.ecmh.e2e.fuzz;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecmh.e2e.fhir.FhirClient;

/** A mutated request and the mutations that made it, so a failure can be read and repeated. */
final class FuzzRequest {

	String method;
	String path;
	byte[] body;
	final Map<String, String> headers = new LinkedHashMap<>();
	final List<String> mutations = new ArrayList<>();

	FuzzRequest(Seed seed) {
		method = seed.method();
		path = seed.path();
		body = seed.hasBody() ? seed.body().getBytes(StandardCharsets.UTF_8) : null;
		headers.put("Accept", FhirClient.FHIR_JSON);
		if (seed.contentType() != null) {
			headers.put("Content-Type", seed.contentType());
		}
	}

	/** Whether the request asks for a cut-down answer, which no longer lists what a write created. */
	boolean asksForSubset() {
		return path.contains("_elements=") || path.contains("_summary=");
	}

	String bodyText() {
		return body == null ? "" : new String(body, StandardCharsets.UTF_8);
	}

	HttpRequest toHttp(FhirClient client) {
		HttpRequest.Builder builder = client.request(path)
				.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
		headers.forEach(builder::header);
		return builder.build();
	}

	@Override
	public String toString() {
		String start = bodyText();
		return method + " " + path + " " + headers + " " + mutations + " body: "
				+ (start.length() > 300 ? start.substring(0, 300) + "... (" + body.length + " bytes)" : start);
	}
}
