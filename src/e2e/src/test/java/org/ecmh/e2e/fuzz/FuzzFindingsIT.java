package org.ecmh.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.SharedServer;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the fuzzer once saw answered with a 500 or Tomcat's HTML page; each must get a 4xx with an
 * OperationOutcome (fixed in the server's intake package: RequestShape, JsonPatchDocument, ClientFaults,
 * OperationOutcomeErrorPage; half a surrogate pair and over-long strings are StringRules, tested in the server module).
 */
class FuzzFindingsIT {

	private FhirClient client;

	@BeforeEach
	void connect() {
		client = new FhirClient(SharedServer.h2().fhirBase());
	}

	@Test
	void emptyMemberNameIsAClientError() {
		assertRefused(post("/Patient", FhirClient.FHIR_JSON, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Okafor\",\"\":[\"Ada\"]}]}"));
	}

	@Test
	void bodyInAnUnsupportedFhirFormatIsAClientError() {
		assertRefused(post("/Patient", "application/fhir+turtle", "<Patient xmlns=\"http://hl7.org/fhir\"/>"));
	}

	@Test
	void refusalOfATurtleBodyComesBackInJsonWhenAcceptNamesNoFhirFormat() {
		// HAPI would answer in the request's own format, which this server does not read.
		assertRefused(client.send(client.request("/RelatedPerson").header("Content-Type", "application/fhir+turtle")
				.header("Accept", "*/*").POST(BodyPublishers.ofString("@prefix fhir: <http://hl7.org/fhir/> .")).build()));
	}

	@Test
	void nonNumericVersionIsAClientError() {
		String id = existingPatient();
		assertRefused(client.send(client.request("/Patient/" + id + "/_history/abc")
				.header("Content-Type", "application/json-patch+json")
				.method("PATCH", BodyPublishers.ofString("[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"female\"}]")).build()));
	}

	@Test
	void patchWithAResourceInsteadOfAPatchDocumentIsAClientError() {
		String id = existingPatient();
		assertRefused(client.send(client.request("/Patient/" + id).header("Content-Type", FhirClient.FHIR_JSON)
				.method("PATCH", BodyPublishers.ofString("{\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}")).build()));
	}

	@Test
	void ifMatchThatIsNotAnETagIsAClientError() {
		String id = existingPatient();
		assertRefused(client.send(client.request("/Patient/" + id)
				.header("Content-Type", FhirClient.FHIR_JSON).header("If-Match", "return=OperationOutcome")
				.PUT(BodyPublishers.ofString("{\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}")).build()));
	}

	@Test
	void urlThatTomcatRefusesGetsAnOperationOutcome() {
		assertRefused(client.send(client.request("/Patient/%00").header("Accept", FhirClient.FHIR_JSON).GET().build()));
	}

	@Test
	void jsonPatchOperationWithoutAPathIsAClientError() {
		assertRefused(jsonPatch(existingPatient(), "[{\"op\":\"replace\",\"value\":\"female\"}]"));
	}

	@Test
	void emptyJsonPatchBodyIsAClientError() {
		assertRefused(jsonPatch(existingPatient(), ""));
	}

	@Test
	void ifModifiedSinceThatIsNotADateIsAClientError() {
		String id = existingPatient();
		assertRefused(client.send(client.request("/Patient/" + id).header("Accept", FhirClient.FHIR_JSON)
				.header("If-Modified-Since", "yesterday-ish").GET().build()));
	}

	@Test
	void negativeOffsetIsAClientError() {
		assertRefused(client.send(client.request("/Patient?_offset=-1").header("Accept", FhirClient.FHIR_JSON).GET().build()));
	}

	@Test
	void filterCutShortIsAClientError() {
		assertRefused(client.send(client.request("/Patient?_filter=name%20eq%20")
				.header("Accept", FhirClient.FHIR_JSON).GET().build()));
	}

	@Test
	void putWithAMalformedFormBodyIsAClientError() {
		String id = existingPatient();
		assertRefused(client.send(client.request("/Patient/" + id).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", FhirClient.FHIR_JSON).PUT(BodyPublishers.ofString("name=%zz")).build()));
	}

	private Answer jsonPatch(String id, String body) {
		return client.send(client.request("/Patient/" + id).header("Content-Type", "application/json-patch+json")
				.header("Accept", FhirClient.FHIR_JSON).method("PATCH", BodyPublishers.ofString(body)).build());
	}

	private Answer post(String path, String contentType, String body) {
		HttpRequest request = client.request(path).header("Content-Type", contentType).header("Accept", FhirClient.FHIR_JSON)
				.POST(BodyPublishers.ofString(body)).build();
		return client.send(request);
	}

	private String existingPatient() {
		return client.read(Patient.class, client.post("/Patient", new Patient())).getIdElement().getIdPart();
	}

	private static void assertRefused(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
		assertThat(Verdict.problemWith(answer)).as("problem with the answer").isEmpty();
	}
}
