package org.ecmh.e2e.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * One window of the soak: request latencies (all together and by kind of request), failed requests, and the
 * server's RSS at its end. Latencies go into HdrHistograms so that windows can be pooled exactly.
 */
final class Window {

	private static final double P95 = 95.0;
	private static final int SIGNIFICANT_DIGITS = 3;

	private final Histogram latenciesMicros = new Histogram(SIGNIFICANT_DIGITS);
	private final Map<String, Histogram> latenciesByKind = new TreeMap<>();
	private final List<String> errors = new ArrayList<>();
	private long residentKiB;

	/** The latencies of every request of {@code windows}, so a percentile is taken over all of them. */
	static Histogram pooled(List<Window> windows) {
		Histogram pooled = new Histogram(SIGNIFICANT_DIGITS);
		windows.forEach(window -> window.addLatenciesTo(pooled));
		return pooled;
	}

	static double p95Millis(Histogram latenciesMicros) {
		return latenciesMicros.getValueAtPercentile(P95) / 1000.0;
	}

	synchronized void recordSuccess(String kind, long micros) {
		latenciesMicros.recordValue(micros);
		latenciesByKind.computeIfAbsent(kind, k -> new Histogram(SIGNIFICANT_DIGITS)).recordValue(micros);
	}

	synchronized void recordError(String error) {
		errors.add(error);
	}

	void close(long residentKiB) {
		this.residentKiB = residentKiB;
	}

	synchronized List<String> errors() {
		return List.copyOf(errors);
	}

	long residentKiB() {
		return residentKiB;
	}

	private synchronized void addLatenciesTo(Histogram pooled) {
		pooled.add(latenciesMicros);
	}

	@Override
	public synchronized String toString() {
		String byKind = latenciesByKind.entrySet().stream()
				.map(kind -> "%s %.1f".formatted(kind.getKey(), p95Millis(kind.getValue())))
				.collect(Collectors.joining(", "));
		return "%d requests, %d errors, p95 %.1f ms (%s), RSS %d MiB".formatted(
				latenciesMicros.getTotalCount() + errors.size(), errors.size(), p95Millis(latenciesMicros), byKind,
				residentKiB / 1024);
	}
}
