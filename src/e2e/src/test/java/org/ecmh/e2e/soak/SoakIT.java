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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecmh.e2e.E2eSettings;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bounded soak of mixed traffic from two clients, on each database ({@link E2eSettings#soakDatabases()}), in
 * three phases: a base of families
 * is stored ({@link E2eSettings#soakBaseFamilies()}), so the store measured is not an empty one that slows down
 * merely by filling; unmeasured traffic warms the server up ({@link E2eSettings#soakWarmUp()}: JIT, caches, heap
 * sizing); then traffic is measured in windows for {@link E2eSettings#soakDuration()} (30 minutes in the full
 * run). No request fails in any phase; memory stays flat (the mean RSS of the last quarter of the measured windows
 * is within {@value #RSS_GROWTH_LIMIT}× that of the first quarter; the heap is capped at 1 GiB, so a leak shows as
 * growth up to the cap or as errors); and latency does not drift (the p95 of all the last quarter's requests is
 * within {@value #LATENCY_DRIFT_LIMIT}× that of the first quarter's; generous, as 2 shared cores are noisy).
 */
class SoakIT {

	private static final int CLIENTS = 2;
	private static final double RSS_GROWTH_LIMIT = 1.25;
	private static final double LATENCY_DRIFT_LIMIT = 2.5;
	private static final double KIB_PER_MIB = 1024;

	static List<String> databases() {
		return E2eSettings.soakDatabases();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void mixedTrafficKeepsMemoryFlatAndLatencySteadyWithoutErrors(String database) throws Exception {
		ServerProcess server = switch (database) {
			case "h2" -> SharedServer.h2();
			case "postgres" -> SharedServer.postgresCluster().instances().get(0);
			default -> throw new IllegalArgumentException("e2e.soak.databases: h2 or postgres, not " + database);
		};
		Random seeds = new Random(E2eSettings.seed());
		List<MixedTraffic> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			String name = "client" + c + "-" + Instant.now().toEpochMilli();
			clients.add(new MixedTraffic(new FhirClient(server.fhirBase()), name, new Random(seeds.nextLong())));
		}
		Window base = new Window();
		List<Window> warmUp;
		List<Window> measured;
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			int familiesPerClient = E2eSettings.soakBaseFamilies() / CLIENTS;
			onEachClient(pool, clients, client -> {
				for (int f = 0; f < familiesPerClient; f++) {
					client.storeFamily(base);
				}
			});
			base.close(server.residentKiB());
			System.out.printf("soak base: %s%n", base);
			warmUp = runWindows(pool, clients, server, "warm-up", E2eSettings.soakWarmUp());
			measured = runWindows(pool, clients, server, "measured", E2eSettings.soakDuration());
		} finally {
			pool.shutdownNow();
		}

		assertThat(Stream.of(List.of(base), warmUp, measured).flatMap(List::stream).flatMap(w -> w.errors().stream()).limit(10))
				.as("failed requests").isEmpty();
		int quarter = Math.max(1, measured.size() / 4);
		List<Window> first = measured.subList(0, quarter);
		List<Window> last = measured.subList(measured.size() - quarter, measured.size());
		double firstP95 = Window.p95Millis(Window.pooled(first));
		double lastP95 = Window.p95Millis(Window.pooled(last));
		double firstRss = meanResidentMiB(first);
		double lastRss = meanResidentMiB(last);
		System.out.printf("soak on %s: p95 %.1f ms in the first quarter, %.1f ms in the last (%.2fx, limit %.1fx); "
				+ "mean RSS %.0f MiB, %.0f MiB (%.2fx, limit %.2fx)%n",
				database, firstP95, lastP95, lastP95 / firstP95, LATENCY_DRIFT_LIMIT, firstRss, lastRss, lastRss / firstRss, RSS_GROWTH_LIMIT);
		assertThat(lastRss).as("mean RSS (MiB) of the last quarter").isLessThanOrEqualTo(RSS_GROWTH_LIMIT * firstRss);
		assertThat(lastP95).as("p95 latency (ms) of the last quarter").isLessThanOrEqualTo(LATENCY_DRIFT_LIMIT * firstP95);
	}

	/** Drives traffic from every client for {@code length}, one window after the other. */
	private static List<Window> runWindows(ExecutorService pool, List<MixedTraffic> clients, ServerProcess server,
			String phase, Duration length) throws Exception {
		long count = length.dividedBy(E2eSettings.soakWindow());
		List<Window> windows = new ArrayList<>();
		for (long w = 0; w < count; w++) {
			Window window = new Window();
			Instant end = Instant.now().plus(E2eSettings.soakWindow());
			onEachClient(pool, clients, client -> {
				while (Instant.now().isBefore(end)) {
					client.sendOne(window);
				}
			});
			window.close(server.residentKiB());
			System.out.printf("soak %s window %d/%d: %s%n", phase, w + 1, count, window);
			windows.add(window);
		}
		return windows;
	}

	private static void onEachClient(ExecutorService pool, List<MixedTraffic> clients, Consumer<MixedTraffic> work)
			throws Exception {
		List<Future<?>> running = clients.stream().<Future<?>>map(client -> pool.submit(() -> work.accept(client))).toList();
		for (Future<?> client : running) {
			client.get();
		}
	}

	private static double meanResidentMiB(List<Window> windows) {
		return windows.stream().mapToLong(Window::residentKiB).average().orElseThrow() / KIB_PER_MIB;
	}
}
