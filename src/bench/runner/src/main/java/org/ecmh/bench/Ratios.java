package org.ecmh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecmh.bench.report.Ratio;
import org.ecmh.bench.report.ScaleFigures;
import org.ecmh.bench.report.ServerFigures;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.ServerKind;

/**
 * The comparisons issue 10 sets floors for: validated ingest ≥ 0.8× the baseline's, search p95 ≤ the
 * baseline's, start-up and RSS after start ≤ 1.2× the baseline's, cost per family flat within 1.3×; and
 * (reported, no target) the fraction of the PostgreSQL ceiling our ingest reaches.
 */
final class Ratios {

	static final double INGEST_FLOOR = 0.8;
	static final double SEARCH_CEILING = 1.0;
	static final double STARTUP_AND_MEMORY_CEILING = 1.2;
	static final double FLATNESS_CEILING = 1.3;
	private static final String POSTGRES = "PostgreSQL";

	private Ratios() {}

	static List<Ratio> compute(List<ServerFigures> servers, List<WorkloadFigures> ceiling, List<ScaleFigures> scale) {
		List<Ratio> ratios = new ArrayList<>();
		for (ServerFigures ours : servers) {
			if (!ours.server().equals(ServerKind.OURS.label)) {
				continue;
			}
			find(servers, ServerKind.BASELINE.label, ours.database()).ifPresent(baseline -> againstBaseline(ours, baseline, ratios));
			if (ours.database().equals(POSTGRES)) {
				againstCeiling(ours, ceiling, ratios);
			}
		}
		for (ScaleFigures run : scale) {
			ratios.add(new Ratio(run.database(), "CPU per family, last ÷ first segment (" + run.server() + ")",
					run.checkpoints().get(run.checkpoints().size() - 1).cpuMsPerFamily(), run.checkpoints().get(0).cpuMsPerFamily(),
					run.flatness(), FLATNESS_CEILING, false));
		}
		return ratios;
	}

	private static void againstBaseline(ServerFigures ours, ServerFigures baseline, List<Ratio> ratios) {
		String db = ours.database();
		for (WorkloadFigures workload : ours.workloads()) {
			baseline.workload(workload.workload()).ifPresent(theirs -> {
				if (workload.workload().startsWith("W1")) {
					ratios.add(Ratio.of(db, workload.workload() + ": resources/s, ours ÷ baseline",
							workload.resourcesPerSecond(), theirs.resourcesPerSecond(), INGEST_FLOOR, true));
				} else if (workload.workload().startsWith("W2")) {
					ratios.add(Ratio.of(db, workload.workload() + ": p95, ours ÷ baseline",
							workload.p95Ms(), theirs.p95Ms(), SEARCH_CEILING, false));
				}
			});
		}
		ratios.add(Ratio.of(db, "start-up time, ours ÷ baseline", ours.startupSeconds(), baseline.startupSeconds(),
				STARTUP_AND_MEMORY_CEILING, false));
		if (ours.readySeconds() != null && baseline.readySeconds() != null) {
			ratios.add(Ratio.of(db, "time until ready, ours ÷ baseline", ours.readySeconds(), baseline.readySeconds(),
					STARTUP_AND_MEMORY_CEILING, false));
		}
		ratios.add(Ratio.of(db, "RSS after start, ours ÷ baseline", ours.rssAfterStartMb(), baseline.rssAfterStartMb(),
				STARTUP_AND_MEMORY_CEILING, false));
	}

	private static void againstCeiling(ServerFigures ours, List<WorkloadFigures> ceiling, List<Ratio> ratios) {
		for (WorkloadFigures limit : ceiling) {
			ours.workload(limit.workload()).ifPresent(workload -> ratios.add(Ratio.of(ours.database(),
					limit.workload() + ": resources/s, ours ÷ PostgreSQL ceiling",
					workload.resourcesPerSecond(), limit.resourcesPerSecond(), null, true)));
		}
	}

	private static Optional<ServerFigures> find(List<ServerFigures> servers, String server, String database) {
		return servers.stream().filter(s -> s.server().equals(server) && s.database().equals(database)).findFirst();
	}
}
