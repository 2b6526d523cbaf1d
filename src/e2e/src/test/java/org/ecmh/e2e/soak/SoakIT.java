package org.ecmh.e2e.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.ecmh.e2e.E2eSettings;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak ({@link E2eSettings#soakDuration()}: 30 minutes in the full run) of mixed traffic from two
 * clients, measured in windows. After the first window (warm-up: JIT, caches, heap sizing):
 * no request fails; memory stays flat (the mean RSS of the last quarter of windows is within
 * {@value #RSS_GROWTH_LIMIT}× that of the first quarter; the heap is capped at 1 GiB, so a leak shows as
 * growth up to the cap or as errors); and latency does not drift (the p95 of the last quarter's windows is
 * within {@value #LATENCY_DRIFT_LIMIT}× that of the first quarter's; generous, as 2 shared cores are noisy).
 */
class SoakIT {

	private static final int CLIENTS = 2;
	private static final double RSS_GROWTH_LIMIT = 1.25;
	private static final double LATENCY_DRIFT_LIMIT = 2.5;
	/** A bound on each client's requests per window, far above what the server can answer in one. */
	private static final int MAX_REQUESTS_PER_WINDOW = 1_000_000;

	@Test
	void mixedTrafficKeepsMemoryFlatAndLatencySteadyWithoutErrors() throws Exception {
		ServerProcess server = SharedServer.h2();
		List<MixedTraffic> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(new MixedTraffic(new FhirClient(server.fhirBase()), "client" + c + "-" + Instant.now().toEpochMilli()));
		}
		Random seeds = new Random(E2eSettings.seed());
		List<Random> randoms = clients.stream().map(c -> new Random(seeds.nextLong())).toList();
		long windows = E2eSettings.soakDuration().dividedBy(E2eSettings.soakWindow());
		List<Window> measured = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (long w = 0; w < windows; w++) {
				Window window = runWindow(pool, clients, randoms, E2eSettings.soakWindow());
				window.close(server.residentKiB());
				System.out.printf("soak window %d/%d: %s%n", w + 1, windows, window);
				measured.add(window);
			}
		} finally {
			pool.shutdownNow();
		}

		List<Window> afterWarmUp = measured.subList(1, measured.size());
		assertThat(afterWarmUp.stream().flatMap(w -> w.errors().stream()).limit(10)).as("failed requests").isEmpty();
		int quarter = Math.max(1, afterWarmUp.size() / 4);
		List<Window> first = afterWarmUp.subList(0, quarter);
		List<Window> last = afterWarmUp.subList(afterWarmUp.size() - quarter, afterWarmUp.size());
		assertThat(mean(last, Window::residentKiB)).as("mean RSS (KiB) of the last quarter")
				.isLessThanOrEqualTo(RSS_GROWTH_LIMIT * mean(first, Window::residentKiB));
		assertThat(mean(last, Window::p95Micros)).as("p95 latency (µs) of the last quarter")
				.isLessThanOrEqualTo(LATENCY_DRIFT_LIMIT * mean(first, Window::p95Micros));
	}

	private static Window runWindow(ExecutorService pool, List<MixedTraffic> clients, List<Random> randoms, Duration length)
			throws Exception {
		Window window = new Window();
		Instant end = Instant.now().plus(length);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients.size(); c++) {
			MixedTraffic client = clients.get(c);
			Random random = randoms.get(c);
			running.add(pool.submit(() -> {
				for (int i = 0; i < MAX_REQUESTS_PER_WINDOW && Instant.now().isBefore(end); i++) {
					client.sendOne(random, window);
				}
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		return window;
	}

	private static double mean(List<Window> windows, ToLongFunction<Window> figure) {
		return windows.stream().mapToLong(figure).average().orElseThrow();
	}
}
