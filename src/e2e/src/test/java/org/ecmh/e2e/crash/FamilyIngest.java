package org.ecmh.e2e.crash;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FamilyBundle;
import org.ecmh.e2e.fhir.FhirClient;

/**
 * Several clients posting family transaction bundles as fast as the server takes them, keeping a ledger of
 * which bundles were sent and which the server acknowledged with 2xx. The ingest ends when it is stopped or
 * when the server goes away under it.
 */
final class FamilyIngest implements AutoCloseable {

	/** A bound on each client's bundles, far above what any kill point waits for. */
	private static final int MAX_BUNDLES_PER_CLIENT = 5_000;
	private static final int MAX_SCORE = 27;
	/** Longer than one request may take, so stopping never abandons a request half-way. */
	private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

	private final Set<String> sent = ConcurrentHashMap.newKeySet();
	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
	private final List<String> refusals = new CopyOnWriteArrayList<>();
	private final AtomicBoolean stopped = new AtomicBoolean();
	private final ExecutorService clients;

	private FamilyIngest(int clientCount) {
		clients = Executors.newFixedThreadPool(clientCount);
	}

	/** Starts {@code clientCount} clients posting families keyed in {@code keySystem}, named after {@code round}. */
	static FamilyIngest start(FhirClient server, String keySystem, int clientCount, String round, Random random) {
		FamilyIngest ingest = new FamilyIngest(clientCount);
		for (int client = 0; client < clientCount; client++) {
			String prefix = round + "-c" + client + "-";
			long seed = random.nextLong();
			ingest.clients.execute(() -> ingest.post(server, keySystem, prefix, new Random(seed)));
		}
		return ingest;
	}

	private void post(FhirClient server, String keySystem, String prefix, Random random) {
		for (int n = 0; n < MAX_BUNDLES_PER_CLIENT && !stopped.get(); n++) {
			String key = prefix + n;
			sent.add(key);
			try {
				Answer answer = server.post("", FamilyBundle.of(keySystem, key, random.nextInt(MAX_SCORE + 1)));
				if (answer.isSuccess()) {
					acknowledged.add(key);
				} else {
					refusals.add(key + ": " + answer.status() + " " + answer.body());
				}
			} catch (UncheckedIOException serverGone) {
				return;
			}
		}
	}

	/** Waits until at least {@code count} bundles are acknowledged. */
	void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (acknowledged.size() < count) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Only " + acknowledged.size() + " of " + count + " bundles acknowledged in " + timeout);
			}
			Thread.sleep(5);
		}
	}

	/** Bundles the server acknowledged with 2xx. */
	Set<String> acknowledged() {
		return Set.copyOf(acknowledged);
	}

	/** Bundles sent, whether or not an answer came back. */
	Set<String> sent() {
		return Set.copyOf(sent);
	}

	/** Bundles the server refused while it was up: there should be none. */
	List<String> refusals() {
		return List.copyOf(refusals);
	}

	@Override
	public void close() throws InterruptedException {
		stopped.set(true);
		clients.shutdown();
		if (!clients.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			clients.shutdownNow();
		}
	}
}
