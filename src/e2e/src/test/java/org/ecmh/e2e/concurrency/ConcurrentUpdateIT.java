package org.ecmh.e2e.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ecmh.e2e.E2eSettings;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Eight clients update the same Patients at once with If-Match (optimistic locking): no update is lost.
 * Every client's every marker is on every Patient, and each Patient's version is the number of successful
 * updates plus one. Run against one server, and against two instances sharing one PostgreSQL.
 */
class ConcurrentUpdateIT {

	private static final int CLIENTS = 8;
	private static final int SHARED_PATIENTS = 3;

	@Test
	void noUpdateIsLostOnOneServer() throws Exception {
		assertNoLostUpdate(List.of(SharedServer.h2()));
	}

	@Test
	void noUpdateIsLostAcrossTwoInstancesOnOnePostgres() throws Exception {
		assertNoLostUpdate(SharedServer.postgresCluster().instances());
	}

	private static void assertNoLostUpdate(List<ServerProcess> servers) throws InterruptedException, ExecutionException {
		FhirClient first = new FhirClient(servers.get(0).fhirBase());
		List<String> patients = IntStream.range(0, SHARED_PATIENTS).mapToObj(i -> createPatient(first)).toList();
		int updates = E2eSettings.updatesPerClient();

		List<String> failures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<List<String>>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				FhirClient server = new FhirClient(servers.get(c % servers.size()).fhirBase());
				clients.add(pool.submit(new MarkingClient(server, "client" + c, patients, updates)));
			}
			for (Future<List<String>> client : clients) {
				failures.addAll(client.get());
			}
		} finally {
			pool.shutdownNow();
		}

		assertThat(failures).as("answers other than success or conflict").isEmpty();
		for (String id : patients) {
			Patient patient = first.read(Patient.class, first.get("/Patient/" + id));
			List<String> markers = patient.getIdentifier().stream()
					.filter(identifier -> MarkingClient.MARKER_SYSTEM.equals(identifier.getSystem()))
					.map(Identifier::getValue).toList();
			List<String> expected = IntStream.range(0, CLIENTS).boxed()
					.flatMap(c -> IntStream.range(0, updates).mapToObj(u -> MarkingClient.marker("client" + c, u)))
					.toList();
			assertThat(markers).as("markers on Patient/%s", id).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(patient.getMeta().getVersionId()).as("version of Patient/%s", id)
					.isEqualTo(Integer.toString(CLIENTS * updates + 1));
		}
	}

	private static String createPatient(FhirClient server) {
		Patient patient = new Patient();
		patient.addName().setFamily("Shared").addGiven("Kiri");
		return server.read(Patient.class, server.post("/Patient", patient)).getIdElement().getIdPart();
	}
}
