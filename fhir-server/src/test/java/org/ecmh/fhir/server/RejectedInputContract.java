package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a 4xx with an OperationOutcome that says what is wrong, and nothing of it is stored.
 */
abstract class RejectedInputContract extends ServerUnderTest {

	/** Long enough for the server to answer a request whose body is still on its way. */
	private static final int BODY_PAUSE_MILLIS = 500;
	/** Versions of one Patient of about 1 MB each: a history answer far larger than the socket buffers. */
	private static final int LARGE_HISTORY_VERSIONS = 12;

	@Test
	void malformedJsonIsRefused() {
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Lee\"}", 400, "Failed to parse");
	}

	@Test
	void bodyOfAnotherResourceTypeIsRefused() {
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}",
				400, "expected \"Patient\" but found \"Observation\"");
	}

	@Test
	void unknownElementIsRefusedRatherThanDropped() {
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Patient\",\"nickname\":\"Bee\"}", 400, "Unknown element 'nickname'");
	}

	@Test
	void referenceToAMissingResourceIsRefused() {
		String observation = """
				{"resourceType":"Observation","status":"final","code":{"text":"EPDS total"},
				 "subject":{"reference":"Patient/missing-%s"}}""".formatted(UUID.randomUUID());
		assertRefusedAndNothingStored("Observation", observation, 400, "not found");
	}

	@Test
	void invalidValueIsRefused() {
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Patient\",\"birthDate\":\"last spring\"}", 400, "birthDate");
	}

	@Test
	void stringLongerThanFhirAllowsIsRefused() {
		String family = "x".repeat(1024 * 1024 + 1);
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + family + "\"}]}",
				400, "Patient.name.family is 1048577 characters long; FHIR strings are at most 1048576");
	}

	@Test
	void halfASurrogatePairIsRefused() {
		// JSON can escape half of a UTF-16 surrogate pair, which is not a character; it used to fail in indexing as a 500.
		assertRefusedAndNothingStored("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Oka\\ud800for\"}]}",
				400, "Patient.name.family holds half of a UTF-16 surrogate pair (\\ud800 at character 3)");
	}

	@Test
	void halfASurrogatePairInATransactionEntryRefusesTheWholeTransaction() {
		int patientsBefore = countOf("Patient");
		String transaction = """
				{"resourceType":"Bundle","type":"transaction","entry":[
				 {"fullUrl":"urn:uuid:0b0a3c55-8c1e-4f0e-9d4e-1b2f54c0a001","resource":{"resourceType":"Patient","name":[{"family":"Lee"}]},
				  "request":{"method":"POST","url":"Patient"}},
				 {"resource":{"resourceType":"Patient","name":[{"family":"Kim\\udc00"}]},"request":{"method":"POST","url":"Patient"}}]}""";

		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl()))
				.header("Content-Type", "application/fhir+json").POST(BodyPublishers.ofString(transaction)).build());

		assertOperationOutcome(response, 400, "surrogate pair (\\udc00 at character 3)");
		assertThat(countOf("Patient")).isEqualTo(patientsBefore);
	}

	@Test
	void fiftyMegabyteBodyIsRefusedBeforeItIsSent() throws IOException {
		int before = countOf("Patient");

		// A well-behaved client announces a large body and waits for the server's go-ahead (Expect:
		// 100-continue); the server answers 413 at once and none of the 50 MB crosses the network.
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(("POST /fhir/Patient HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/fhir+json\r\nContent-Length: " + 50 * 1024 * 1024 + "\r\n"
					+ "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 413");
			String body = response.substring(response.indexOf("{"), response.lastIndexOf("}") + 1);
			assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, body).getIssueFirstRep().getDiagnostics())
					.contains("larger than the server accepts");
		}
		assertThat(countOf("Patient")).isEqualTo(before);
	}

	@Test
	void anUndecodableUriGetsItsRefusalWhileItsBodyIsStillArriving() throws IOException, InterruptedException {
		// Tomcat refuses such a URI itself and then closes the connection. Closed with part of the body unread, the
		// connection was reset: this client could not send the rest, and one that had sent it all often read no
		// answer (1 to 5 in 100 posts of 9 MB). The refusal now waits for the body, up to the server's body limit.
		byte[] body = hugePatient(4 * 1024 * 1024);
		int half = body.length / 2;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /fhir/Patient/%00 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/fhir+json\r\n"
					+ "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, half);
			out.flush();
			Thread.sleep(BODY_PAUSE_MILLIS); // the server has the URI and half the body
			out.write(body, half, body.length - half);
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 400");
			String outcome = response.substring(response.indexOf("{"), response.lastIndexOf("}") + 1);
			assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, outcome).getIssueFirstRep().getDiagnostics())
					.contains("Invalid URI");
		}
	}

	@Test
	void oversizedChunkedBodyIsRefused() {
		byte[] body = hugePatient(30 * 1024 * 1024);
		int before = countOf("Patient");

		// An InputStream publisher has no length, so the body goes out chunked.
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/Patient"))
				.header("Content-Type", "application/fhir+json")
				.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
				.build());

		assertOperationOutcome(response, 413, "larger than the server accepts");
		assertThat(countOf("Patient")).isEqualTo(before);
	}

	@Test
	void aGetThatCarriesABodyStillGetsItsLargeAnswer() {
		// Most HTTP/1.1 clients, the JDK's among them, read the answer only after sending the whole request. When the
		// server answered a GET without reading its body and the answer outgrew the socket buffers, both ends wrote
		// until the connection timed out (a minute) and the client got a broken answer; the server now reads it first.
		Patient patient = new Patient();
		IdType id = create(patient).toUnqualifiedVersionless();
		for (int version = 2; version <= LARGE_HISTORY_VERSIONS; version++) {
			patient.setId(id);
			patient.getNameFirstRep().setFamily("x".repeat(1024 * 1024 - 8) + version);
			client.update().resource(patient).execute();
		}

		HttpResponse<String> history = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/Patient/" + id.getIdPart() + "/_history"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/fhir+json")
				.method("GET", BodyPublishers.ofByteArray(hugePatient(8 * 1024 * 1024)))
				.build());

		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(FHIR.newJsonParser().parseResource(Bundle.class, history.body()).getEntry()).hasSize(LARGE_HISTORY_VERSIONS);
	}

	private void assertRefusedAndNothingStored(String type, String body, int status, String diagnostics) {
		int before = countOf(type);

		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/" + type))
				.header("Content-Type", "application/fhir+json")
				.POST(BodyPublishers.ofString(body))
				.build());

		assertOperationOutcome(response, status, diagnostics);
		assertThat(countOf(type)).isEqualTo(before);
	}

	private static void assertOperationOutcome(HttpResponse<String> response, int status, String diagnostics) {
		assertThat(response.statusCode()).isEqualTo(status);
		OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
		assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(diagnostics);
	}

	/** A syntactically valid Patient padded with a huge name, so only its size is wrong. */
	private static byte[] hugePatient(int size) {
		byte[] body = new byte[size];
		byte[] start = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"".getBytes();
		byte[] end = "\"}]}".getBytes();
		Arrays.fill(body, (byte) 'a');
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(end, 0, body, size - end.length, end.length);
		return body;
	}
}
