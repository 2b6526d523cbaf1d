package org.ecmh.bench.report;

import java.util.List;
import java.util.Optional;

/**
 * One server on one database: start-up, memory, database size and its workloads. {@code startupSeconds} runs until
 * its FHIR endpoint answers, {@code readySeconds} until it says it is ready for traffic (ours: its IG installed;
 * null in reports from before it was measured). {@code jitCoresDuringW1} is how much of a core the JVM's JIT
 * compiler took while W1 ran (null in reports from before it was measured): well above zero, the server was
 * still warming up. {@code starts} are fresh starts of the server on its own before the workloads, and the start-up
 * figures their medians; without any (none asked for, or a report from before they were taken: null), the start-up
 * figures are those of the one start before the workloads.
 */
public record ServerFigures(String server, String database, double startupSeconds, Double readySeconds,
		double rssAfterStartMb,
		double rssAfterRunMb, double databaseMb, Double jitCoresDuringW1, List<WorkloadFigures> workloads,
		List<StartFigures> starts) {

	/** Whether the start-up figures are medians of starts on its own. */
	public boolean startedOnItsOwn() {
		return starts != null && !starts.isEmpty();
	}

	public Optional<WorkloadFigures> workload(String name) {
		return workloads.stream().filter(w -> w.workload().equals(name)).findFirst();
	}
}
