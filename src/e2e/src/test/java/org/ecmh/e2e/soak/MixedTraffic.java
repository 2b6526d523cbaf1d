package org.ecmh.e2e.soak;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FamilyBundle;
import org.ecmh.e2e.fhir.FhirClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * The soak's traffic, in the proportions of a practice day: mostly reads and searches of a family's record,
 * some new families (transaction bundles) and updates. Each search is distinct so no cache flatters it.
 */
final class MixedTraffic {

	private static final int MAX_SCORE = 27;
	private static final int INGEST_PERCENT = 20;
	private static final int UPDATE_PERCENT = 10;
	private static final int READ_PERCENT = 30;

	private final FhirClient server;
	private final String client;
	private final Random random;
	private int families;

	MixedTraffic(FhirClient server, String client, Random random) {
		this.server = server;
		this.client = client;
		this.random = random;
	}

	/** Stores one more family, recording its latency or error in {@code window}. */
	void storeFamily(Window window) {
		timed(window, "ingest", this::ingest);
	}

	/** Sends one request chosen at random and records its latency or error in {@code window}. */
	void sendOne(Window window) {
		if (families == 0) {
			storeFamily(window);
			return;
		}
		int roll = random.nextInt(100);
		String key = keyOf(random.nextInt(families));
		if (roll < INGEST_PERCENT) {
			storeFamily(window);
		} else if (roll < INGEST_PERCENT + UPDATE_PERCENT) {
			timed(window, "update", () -> update(key));
		} else if (roll < INGEST_PERCENT + UPDATE_PERCENT + READ_PERCENT) {
			timed(window, "read", () -> server.get("/Patient?identifier=" + FhirClient.encode(FamilyBundle.KEY_SYSTEM + "|" + key)));
		} else {
			timed(window, "search", () -> server.get("/Observation?code=http://loinc.org%7C44261-6&value-quantity=ge"
					+ random.nextInt(MAX_SCORE) + "&subject.identifier=" + FhirClient.encode(FamilyBundle.KEY_SYSTEM + "|" + key)
					+ "&_include=Observation:subject"));
		}
	}

	private Answer ingest() {
		Answer answer = server.post("", FamilyBundle.of(keyOf(families), random.nextInt(MAX_SCORE + 1)));
		if (answer.isSuccess()) {
			families++;
		}
		return answer;
	}

	private Answer update(String key) {
		Bundle found = server.read(Bundle.class, server.get("/Patient?identifier=" + FhirClient.encode(FamilyBundle.KEY_SYSTEM + "|" + key)));
		Patient child = (Patient) found.getEntryFirstRep().getResource();
		child.getNameFirstRep().addGiven("Soak");
		return server.put(child);
	}

	private String keyOf(int family) {
		return "soak-" + client + "-" + family;
	}

	private static void timed(Window window, String kind, Supplier<Answer> request) {
		long start = System.nanoTime();
		try {
			Answer answer = request.get();
			if (answer.isSuccess()) {
				window.recordSuccess(kind, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
			} else {
				window.recordError(kind + ": " + answer.status() + " " + answer.body());
			}
		} catch (RuntimeException e) {
			window.recordError(kind + ": " + e);
		}
	}
}
