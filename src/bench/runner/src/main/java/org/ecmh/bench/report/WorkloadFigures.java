package org.ecmh.bench.report;

/**
 * What one workload measured.
 *
 * @param operations          requests that succeeded (bundles, creates, searches, validations)
 * @param resources           resources those requests wrote (0 for reads)
 * @param seconds             wall time of the whole workload
 * @param p50Ms               median latency of one request, milliseconds; p95 and p99 likewise
 * @param errors              requests that failed (non-2xx or no answer)
 * @param invalid             $validate answers that reported errors in the resource
 * @param firstError          the first failure or validation error, to see what went wrong
 */
public record WorkloadFigures(String workload, long operations, long resources, double seconds,
		double operationsPerSecond, double resourcesPerSecond, double p50Ms, double p95Ms, double p99Ms,
		long errors, long invalid, String firstError) {}
