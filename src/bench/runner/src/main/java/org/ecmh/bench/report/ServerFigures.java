package org.ecmh.bench.report;

import java.util.List;
import java.util.Optional;

/** One server on one database: start-up, memory, database size and its workloads. */
public record ServerFigures(String server, String database, double startupSeconds, double rssAfterStartMb,
		double rssAfterRunMb, double databaseMb, List<WorkloadFigures> workloads) {

	public Optional<WorkloadFigures> workload(String name) {
		return workloads.stream().filter(w -> w.workload().equals(name)).findFirst();
	}
}
