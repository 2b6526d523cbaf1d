package org.ecmh.e2e.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A plain HTTP client of one server's FHIR endpoint, so tests see exactly the status codes and bodies a
 * client would (HAPI's generic client would turn them into exceptions).
 */
public final class FhirClient {

	public static final FhirContext FHIR = FhirContext.forR4Cached();
	public static final String FHIR_JSON = "application/fhir+json";
	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

	private final String base;
	private final HttpClient http;

	public FhirClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
	}

	public String base() {
		return base;
	}

	/** A request builder for {@code path} (relative to the FHIR base, starting with / or ?). */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
	}

	public Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers(), response.body());
		} catch (IOException e) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Answer get(String path) {
		return send(request(path).header("Accept", FHIR_JSON).GET().build());
	}

	/** POSTs a resource (a create, or a transaction bundle to the base with path ""). */
	public Answer post(String path, Resource resource) {
		return send(request(path).header("Content-Type", FHIR_JSON).header("Accept", FHIR_JSON)
				.POST(BodyPublishers.ofString(json().encodeResourceToString(resource))).build());
	}

	/** PUTs {@code resource} to its own id (an update). */
	public Answer put(Resource resource) {
		return send(request("/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
				.header("Content-Type", FHIR_JSON).header("Accept", FHIR_JSON)
				.PUT(BodyPublishers.ofString(json().encodeResourceToString(resource))).build());
	}

	public <T extends Resource> T read(Class<T> type, Answer answer) {
		if (!answer.isSuccess()) {
			throw new IllegalStateException("Expected success, got " + answer.status() + ": " + answer.body());
		}
		return json().parseResource(type, answer.body());
	}

	/** How many resources of {@code type} match {@code query}, bypassing the search cache. */
	public int count(String type, String query) {
		Answer answer = send(request("/" + type + "?_summary=count" + (query.isEmpty() ? "" : "&" + query))
				.header("Accept", FHIR_JSON).header("Cache-Control", "no-cache").GET().build());
		return read(Bundle.class, answer).getTotal();
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static IParser json() {
		return FHIR.newJsonParser();
	}
}
