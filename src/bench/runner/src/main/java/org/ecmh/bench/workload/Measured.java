package org.ecmh.bench.workload;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.ecmh.bench.report.WorkloadFigures;

/**
 * Latencies (HdrHistogram, microseconds), counts and failures of one workload, safe to share between client
 * threads. A failed request counts as an error and its first message is kept for the report.
 */
public final class Measured {

	private static final int SIGNIFICANT_DIGITS = 3;
	private static final double MICROS_PER_MILLI = 1000.0;

	private final String workload;
	private final ConcurrentHistogram latencies = new ConcurrentHistogram(SIGNIFICANT_DIGITS);
	private final AtomicLong resources = new AtomicLong();
	private final AtomicLong errors = new AtomicLong();
	private final AtomicLong invalid = new AtomicLong();
	private final AtomicReference<String> firstError = new AtomicReference<>();
	private long started;
	/** The time between each start and the stop after it, summed. */
	private long elapsed;

	public Measured(String workload) {
		this.workload = workload;
	}

	void start() {
		started = System.nanoTime();
	}

	void stop() {
		elapsed += System.nanoTime() - started;
	}

	/** Times one request that carries {@code resourceCount} resources; returns its result, or null if it failed. */
	<T> T time(int resourceCount, Callable<T> request) {
		long begin = System.nanoTime();
		try {
			T result = request.call();
			latencies.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - begin));
			resources.addAndGet(resourceCount);
			return result;
		} catch (BaseServerResponseException e) {
			fail(e.getStatusCode() + " " + e.getMessage());
		} catch (Exception e) {
			fail(e.toString());
		}
		return null;
	}

	/** A request that succeeded but whose answer says the input is wrong (a $validate with errors). */
	void invalid(String message) {
		invalid.incrementAndGet();
		firstError.compareAndSet(null, message);
	}

	private void fail(String message) {
		errors.incrementAndGet();
		firstError.compareAndSet(null, message.length() > 300 ? message.substring(0, 300) : message);
	}

	public WorkloadFigures figures() {
		double seconds = elapsed / 1e9;
		long operations = latencies.getTotalCount();
		return new WorkloadFigures(workload, operations, resources.get(), seconds,
				seconds > 0 ? operations / seconds : 0, seconds > 0 ? resources.get() / seconds : 0,
				percentile(50), percentile(95), percentile(99), errors.get(), invalid.get(), firstError.get());
	}

	private double percentile(double percentile) {
		return latencies.getTotalCount() == 0 ? 0 : latencies.getValueAtPercentile(percentile) / MICROS_PER_MILLI;
	}
}
