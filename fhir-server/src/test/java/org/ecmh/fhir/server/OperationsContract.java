package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What an operator checks: probes and metrics. */
abstract class OperationsContract extends ServerUnderTest {

	@Test
	void readinessDependsOnTheDatabaseAndLivenessDoesNot() {
		HttpResponse<String> readiness = actuator("/health/readiness");
		HttpResponse<String> liveness = actuator("/health/liveness");

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"}");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).doesNotContain("\"db\"");
	}

	@Test
	void everyInteractionIsTimedByResourceTypeInteractionAndOutcome() {
		create(child("Tanaka"));
		get("/Patient/never-created");

		String metrics = actuator("/prometheus").body();

		assertThat(metrics).containsPattern(
				"fhir_interaction_seconds_count\\{interaction=\"create\",operation=\"none\",outcome=\"SUCCESS\",resource_type=\"Patient\"} \\d+");
		assertThat(metrics).containsPattern(
				"fhir_interaction_seconds_count\\{interaction=\"read\",operation=\"none\",outcome=\"CLIENT_ERROR\",resource_type=\"Patient\"} \\d+");
	}

	private HttpResponse<String> actuator(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator" + path)).GET().build());
	}
}
