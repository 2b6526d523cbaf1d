package org.ecmh.e2e.soak;

import java.util.ArrayList;
import java.util.List;

/** One measurement window of the soak: request latencies, failed requests, and the server's RSS at its end. */
final class Window {

	private static final double P95 = 0.95;

	private final List<Long> latenciesMicros = new ArrayList<>();
	private final List<String> errors = new ArrayList<>();
	private long residentKiB;

	synchronized void recordSuccess(long micros) {
		latenciesMicros.add(micros);
	}

	synchronized void recordError(String error) {
		errors.add(error);
	}

	void close(long residentKiB) {
		this.residentKiB = residentKiB;
	}

	synchronized long p95Micros() {
		List<Long> sorted = latenciesMicros.stream().sorted().toList();
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(P95 * sorted.size()) - 1);
	}

	synchronized int requests() {
		return latenciesMicros.size() + errors.size();
	}

	synchronized List<String> errors() {
		return List.copyOf(errors);
	}

	long residentKiB() {
		return residentKiB;
	}

	@Override
	public String toString() {
		return "%d requests, %d errors, p95 %.1f ms, RSS %d MiB".formatted(
				requests(), errors().size(), p95Micros() / 1000.0, residentKiB / 1024);
	}
}
