package org.ecmh.e2e.concurrency;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FhirClient;
import org.hl7.fhir.r4.model.Patient;

/**
 * One client of the lost-update check: reads each shared Patient, appends its own marker identifier and
 * writes it back with {@code If-Match} on the version it read, retrying on 409/412 until it has made its
 * quota of successful updates to every Patient. Returns the answers that were neither success nor conflict.
 */
final class MarkingClient implements Callable<List<String>> {

	static final String MARKER_SYSTEM = "urn:ecmh:e2e:marker";
	private static final int CONFLICT = 409;
	private static final int PRECONDITION_FAILED = 412;
	/** Attempts per successful update before the client gives up: far above what contention needs. */
	private static final int MAX_ATTEMPTS_PER_UPDATE = 200;

	private final FhirClient server;
	private final String name;
	private final List<String> patients;
	private final int updatesPerPatient;

	MarkingClient(FhirClient server, String name, List<String> patients, int updatesPerPatient) {
		this.server = server;
		this.name = name;
		this.patients = patients;
		this.updatesPerPatient = updatesPerPatient;
	}

	static String marker(String client, int update) {
		return client + "-update-" + update;
	}

	@Override
	public List<String> call() {
		List<String> failures = new ArrayList<>();
		for (int update = 0; update < updatesPerPatient; update++) {
			for (String patient : patients) {
				markOnce(patient, marker(name, update), failures);
			}
		}
		return failures;
	}

	private void markOnce(String patient, String marker, List<String> failures) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_UPDATE; attempt++) {
			Patient current = server.read(Patient.class, server.get("/Patient/" + patient));
			current.addIdentifier().setSystem(MARKER_SYSTEM).setValue(marker);
			Answer answer = server.send(server.request("/Patient/" + patient)
					.header("Content-Type", FhirClient.FHIR_JSON)
					.header("If-Match", "W/\"" + current.getMeta().getVersionId() + "\"")
					.PUT(BodyPublishers.ofString(FhirClient.json().encodeResourceToString(current)))
					.build());
			if (answer.isSuccess()) {
				return;
			}
			if (answer.status() != CONFLICT && answer.status() != PRECONDITION_FAILED) {
				failures.add(marker + " on " + patient + ": " + answer.status() + " " + answer.body());
				return;
			}
		}
		failures.add(marker + " on " + patient + ": still conflicting after " + MAX_ATTEMPTS_PER_UPDATE + " attempts");
	}
}
