package org.ecmh.bench.report;

/**
 * What one workload measured.
 *
 * @param operations          requests that succeeded (bundles, creates, searches, validations, scorings)
 * @param resources           resources those requests wrote, validated or scored (0 for searches)
 * @param seconds             wall time of the whole workload
 * @param p50Ms               median latency of one request, milliseconds; p95 and p99 likewise
 * @param errors              requests that failed (non-2xx or no answer)
 * @param invalid             answers that say the work was not done: $validate reporting errors in the resource,
 *                            a scoring without results
 * @param firstError          the first failure or validation error, to see what went wrong
 */
public record WorkloadFigures(String workload, long operations, long resources, double seconds,
		double operationsPerSecond, double resourcesPerSecond, double p50Ms, double p95Ms, double p99Ms,
		long errors, long invalid, String firstError) {}
