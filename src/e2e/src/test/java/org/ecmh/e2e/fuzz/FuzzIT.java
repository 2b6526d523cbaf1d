package org.ecmh.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecmh.e2e.E2eSettings;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests mutated from valid seeds ({@link Mutator}): none may get a 5xx, every refusal is a
 * 4xx with an OperationOutcome, a refused request stores nothing (stored counts per type, read with the cache
 * bypassed, grow by exactly what the accepted requests created), and the server is healthy afterwards.
 */
class FuzzIT {

	/** Requests between two reconciliations of the stored counts, so a leak is pinned to a small window. */
	private static final int WINDOW = 100;
	/** The types a mutated request can create: the seeds' own, a Bundle or Binary posted as such, and our test types. */
	private static final List<String> WATCHED_TYPES = List.of("Patient", "RelatedPerson", "Observation", "Bundle", "Binary");
	private static final int MAX_REPORTED = 25;
	/** Requests between two progress lines, so that a slowdown in a long run shows when it began. */
	private static final int PROGRESS_EVERY = 1_000;

	@Test
	void mutatedRequestsAreRefusedWithOperationOutcomesAndStoreNothing() {
		ServerProcess server = SharedServer.h2();
		FhirClient client = new FhirClient(server.fhirBase());
		String child = createChild(client);
		List<Seed> seeds = FuzzCorpus.seeds(child);
		Random random = new Random(E2eSettings.seed());
		Mutator mutator = new Mutator(random, child);
		List<String> problems = new ArrayList<>();
		Map<Integer, Integer> statuses = new HashMap<>();

		long progressSince = System.nanoTime();
		for (int sent = 0; sent < E2eSettings.fuzzRequests(); sent += WINDOW) {
			Map<String, Integer> before = counts(client);
			Map<String, Integer> created = new HashMap<>();
			for (int i = 0; i < Math.min(WINDOW, E2eSettings.fuzzRequests() - sent); i++) {
				FuzzRequest request = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
				// An answer cut down by _elements or _summary does not say what a write created: count around it.
				Map<String, Integer> around = request.asksForSubset() ? counts(client) : Map.of();
				try {
					Answer answer = client.send(request.toHttp(client));
					statuses.merge(answer.status(), 1, Integer::sum);
					Verdict.problemWith(answer).ifPresent(problem -> problems.add(problem + " <- " + request));
					Map<String, Integer> createdNow = request.asksForSubset() && answer.isSuccess()
							? grownSince(around, counts(client)) : Verdict.createdBy(answer);
					createdNow.forEach((type, count) -> created.merge(type, count, Integer::sum));
				} catch (UncheckedIOException noAnswer) {
					problems.add("no answer (" + noAnswer.getCause() + ") <- " + request);
				}
			}
			reconcile(before, created, counts(client), sent, problems);
			if ((sent + WINDOW) % PROGRESS_EVERY == 0) {
				double seconds = (System.nanoTime() - progressSince) / 1e9;
				System.out.printf("fuzz: %d requests sent, %.1f mutated requests/s over the last %d%n",
						sent + WINDOW, PROGRESS_EVERY / seconds, PROGRESS_EVERY);
				progressSince = System.nanoTime();
			}
		}

		System.out.printf("fuzz: %d requests, answers by status %s, %d problems%n",
				E2eSettings.fuzzRequests(), statuses, problems.size());
		assertThat(problems.subList(0, Math.min(MAX_REPORTED, problems.size()))).as("%d problems", problems.size()).isEmpty();
		assertHealthy(server, client);
	}

	private static void reconcile(Map<String, Integer> before, Map<String, Integer> created, Map<String, Integer> after,
			int window, List<String> problems) {
		for (String type : WATCHED_TYPES) {
			int grew = after.get(type) - before.get(type);
			int acknowledged = created.getOrDefault(type, 0);
			if (grew != acknowledged) {
				problems.add("requests %d..%d: %s grew by %d but accepted requests created %d"
						.formatted(window, window + WINDOW - 1, type, grew, acknowledged));
			}
		}
	}

	private static Map<String, Integer> grownSince(Map<String, Integer> before, Map<String, Integer> after) {
		Map<String, Integer> grown = new HashMap<>();
		WATCHED_TYPES.forEach(type -> grown.put(type, after.get(type) - before.get(type)));
		return grown;
	}

	private static Map<String, Integer> counts(FhirClient client) {
		Map<String, Integer> counts = new HashMap<>();
		WATCHED_TYPES.forEach(type -> counts.put(type, client.count(type, "")));
		return counts;
	}

	private static String createChild(FhirClient client) {
		Patient child = new Patient();
		child.addName().setFamily("Okafor").addGiven("Ada");
		return client.read(Patient.class, client.post("/Patient", child)).getIdElement().getIdPart();
	}

	private static void assertHealthy(ServerProcess server, FhirClient client) {
		assertThat(server.isReady()).as("readiness UP after the fuzz").isTrue();
		String id = createChild(client);
		Answer read = client.get("/Patient/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(client.read(Patient.class, read).getNameFirstRep().getFamily()).isEqualTo("Okafor");
	}
}
