package org.ecmh.e2e.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.ecmh.e2e.E2eSettings;
import org.ecmh.e2e.fhir.FamilyBundle;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.fhir.StoredFamilies;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.junit.jupiter.api.Test;

/**
 * A server is killed with SIGKILL in the middle of a concurrent ingest of family transaction bundles, restarted on
 * the same data, and must hold every bundle it acknowledged with 2xx, and of every other bundle either all entries
 * or none. Repeated at several kill points drawn from a seeded Random: after a number of acknowledged bundles, plus a
 * few milliseconds so the kill lands at an arbitrary point of a request. The servers killed are the shared ones (the
 * H2 server, and one of the two instances on PostgreSQL while the other keeps serving), restarted in place for the
 * tests that follow; each run keys its families in an identifier system of its own, so it reads back its own alone.
 */
class CrashDurabilityIT {

	private static final int CLIENTS = 4;
	private static final int MIN_ACKNOWLEDGED_BEFORE_KILL = 10;
	private static final int MAX_ACKNOWLEDGED_BEFORE_KILL = 60;
	private static final int MAX_KILL_DELAY_MILLIS = 250;
	private static final Duration INGEST_TIMEOUT = Duration.ofMinutes(3);

	@Test
	void embeddedH2KeepsEveryAcknowledgedBundleWholeAcrossKills() throws InterruptedException {
		assertDurableAcrossKills("H2", SharedServer.h2());
	}

	@Test
	void postgresKeepsEveryAcknowledgedBundleWholeAcrossKills() throws InterruptedException {
		assertDurableAcrossKills("PostgreSQL", SharedServer.postgresCluster().instances().get(1));
	}

	private static void assertDurableAcrossKills(String database, ServerProcess server) throws InterruptedException {
		String keySystem = FamilyBundle.KEY_SYSTEM + ":crash-" + UUID.randomUUID();
		Random random = new Random(E2eSettings.seed());
		Set<String> acknowledged = new HashSet<>();
		Set<String> sent = new HashSet<>();
		FhirClient client = new FhirClient(server.fhirBase());
		for (int killPoint = 0; killPoint < E2eSettings.killPoints(); killPoint++) {
			int ackedBeforeKill = MIN_ACKNOWLEDGED_BEFORE_KILL
					+ random.nextInt(MAX_ACKNOWLEDGED_BEFORE_KILL - MIN_ACKNOWLEDGED_BEFORE_KILL + 1);
			int delayMillis = random.nextInt(MAX_KILL_DELAY_MILLIS);
			try (FamilyIngest ingest = FamilyIngest.start(client, keySystem, CLIENTS, "kill" + killPoint, random)) {
				ingest.awaitAcknowledged(ackedBeforeKill, INGEST_TIMEOUT);
				Thread.sleep(delayMillis);

				assertThat(server.kill()).as("exit status after destroyForcibly").isEqualTo(ServerProcess.KILLED_BY_SIGKILL);
				ingest.close();
				assertThat(ingest.refusals()).as("bundles refused while the server was up").isEmpty();
				acknowledged.addAll(ingest.acknowledged());
				sent.addAll(ingest.sent());
			}

			server.restart();
			StoredFamilies stored = StoredFamilies.readFrom(client, keySystem);
			System.out.printf("%s kill point %d (after %d acknowledged + %d ms): %d sent, %d acknowledged, %d stored%n",
					database, killPoint, ackedBeforeKill, delayMillis, sent.size(), acknowledged.size(), stored.keys().size());
			assertEveryAcknowledgedBundleWholeAndNothingPartial(stored, acknowledged, sent);
		}
	}

	private static void assertEveryAcknowledgedBundleWholeAndNothingPartial(
			StoredFamilies stored, Set<String> acknowledged, Set<String> sent) {
		assertThat(stored.keys()).as("stored families were all sent").isSubsetOf(sent);
		assertThat(stored.keys()).as("acknowledged families are stored").containsAll(acknowledged);
		for (String key : stored.keys()) {
			for (String type : FamilyBundle.TYPES) {
				assertThat(stored.copies(type, key)).as("%s of family %s", type, key).isEqualTo(1);
			}
		}
	}
}
