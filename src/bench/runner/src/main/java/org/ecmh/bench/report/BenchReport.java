package org.ecmh.bench.report;

import java.util.List;
import java.util.Map;

/** Everything one bench run measured, as written to target/bench/bench.json. */
public record BenchReport(String startedAt, Map<String, Object> machine, Map<String, Object> options,
		List<ServerFigures> servers, List<WorkloadFigures> ceiling, List<Ratio> ratios, List<ScaleFigures> scale) {}
