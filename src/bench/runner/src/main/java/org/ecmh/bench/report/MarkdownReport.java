package org.ecmh.bench.report;

import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The report as Markdown tables: the servers side by side per database, then the targets. */
public final class MarkdownReport {

	private MarkdownReport() {}

	public static String render(BenchReport report) {
		StringBuilder md = new StringBuilder();
		md.append("Run started ").append(report.startedAt()).append(" on ").append(report.machine().get("cpu"))
				.append(", ").append(report.machine().get("cores")).append(" cores, ").append(report.machine().get("memory"))
				.append(", ").append(report.machine().get("java")).append("; load average at start ")
				.append(report.machine().get("loadAverageAtStart")).append(", at end ")
				.append(report.machine().get("loadAverageAtEnd")).append(". Each server JVM: `-Xmx")
				.append(report.options().get("serverHeap")).append(' ')
				.append(report.options().getOrDefault("serverJvmOptions", ""))
				.append("`.\n\n");
		startupAndMemory(md, report.servers());
		workloads(md, report);
		targets(md, report.ratios());
		scale(md, report.scale());
		return md.toString();
	}

	private static void startupAndMemory(StringBuilder md, List<ServerFigures> servers) {
		md.append("### Start-up, memory, database size\n\n")
				.append("Start-up runs until `/fhir/metadata` answers; ready, until the server says it is ready for ")
				.append("traffic (ours: readiness UP, once its IG is installed; the baseline: the same moment). ")
				.append("RSS after start: once ready, after a full GC of the server.")
				.append(servers.stream().anyMatch(ServerFigures::startedOnItsOwn)
						? " These three are the medians of fresh starts of each server on its own, the lead alternating, "
								+ "before the workloads (lowest and highest in brackets).\n\n"
						: "\n\n")
				.append("| database | server | start-up (s) | ready (s) | RSS after start (MB) | RSS after run (MB) ")
				.append("| database (MB) | JIT compiler during W1 (cores) |\n")
				.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (ServerFigures s : servers) {
			md.append(row(s.database(), s.server(), startCell(s, s.startupSeconds(), StartFigures::startupSeconds),
					s.readySeconds() == null ? "" : startCell(s, s.readySeconds(), StartFigures::readySeconds),
					startCell(s, s.rssAfterStartMb(), StartFigures::rssAfterStartMb), f(s.rssAfterRunMb()),
					f(s.databaseMb()), s.jitCoresDuringW1() == null ? "" : f2(s.jitCoresDuringW1())));
		}
		md.append('\n');
	}

	/** The figure, and its range over the starts it is the median of when there were several. */
	private static String startCell(ServerFigures server, double median, ToDoubleFunction<StartFigures> figure) {
		if (!server.startedOnItsOwn() || server.starts().size() < 2) {
			return f(median);
		}
		DoubleSummaryStatistics range = server.starts().stream().mapToDouble(figure).summaryStatistics();
		return f(median) + " (" + f(range.getMin()) + "-" + f(range.getMax()) + ")";
	}

	private static void workloads(StringBuilder md, BenchReport report) {
		Set<String> serverNames = new LinkedHashSet<>();
		report.servers().forEach(s -> serverNames.add(s.server()));
		md.append("### Workloads\n\nWrites: resources/s; $validate and scoring: requests/s; each with p50 / p95 / p99 ")
				.append("ms per request in brackets. Searches: p50 / p95 / p99 ms (requests/s). Errors and invalid answers ")
				.append("in square brackets when there were any; a blank cell: the server has no such operation.\n\n")
				.append("| database | workload |");
		serverNames.forEach(name -> md.append(' ').append(name).append(" |"));
		md.append(" PostgreSQL ceiling |\n|---|---|");
		serverNames.forEach(name -> md.append("---:|"));
		md.append("---:|\n");
		Set<String> databases = new LinkedHashSet<>();
		report.servers().forEach(s -> databases.add(s.database()));
		for (String database : databases) {
			Set<String> names = new LinkedHashSet<>();
			report.servers().stream().filter(s -> s.database().equals(database))
					.forEach(s -> s.workloads().forEach(w -> names.add(w.workload())));
			for (String workload : names) {
				md.append("| ").append(database).append(" | ").append(workload).append(" |");
				for (String server : serverNames) {
					md.append(' ').append(cell(find(report.servers(), server, database, workload))).append(" |");
				}
				Optional<WorkloadFigures> ceiling = "PostgreSQL".equals(database)
						? report.ceiling().stream().filter(w -> w.workload().equals(workload)).findFirst() : Optional.empty();
				md.append(' ').append(cell(ceiling)).append(" |\n");
			}
		}
		md.append('\n');
	}

	private static void targets(StringBuilder md, List<Ratio> ratios) {
		md.append("### Targets (issue 10 item 3)\n\n| database | measure | ours | other | ratio | target | met |\n")
				.append("|---|---|---:|---:|---:|---|---|\n");
		for (Ratio r : ratios) {
			String target = r.target() == null ? "reported" : (r.atLeast() ? "≥ " : "≤ ") + f2(r.target());
			String met = r.met() == null ? "" : (r.met() ? "yes" : "**no**");
			md.append(row(r.database(), r.measure(), f(r.ours()), f(r.other()), f2(r.ratio()), target, met));
		}
		md.append('\n');
	}

	private static void scale(StringBuilder md, List<ScaleFigures> scale) {
		if (scale.isEmpty()) {
			return;
		}
		md.append("### Cost per family as the database grows\n\n")
				.append("| server | database | families | ms per family | CPU ms per family | database bytes per family | RSS (MB) | screenings p95 (ms) | errors |\n")
				.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (ScaleFigures run : scale) {
			for (ScaleFigures.Checkpoint c : run.checkpoints()) {
				md.append(row(run.server(), run.database(), Integer.toString(c.families()), f(c.msPerFamily()),
						f(c.cpuMsPerFamily()), f(c.databaseBytesPerFamily()), f(c.rssMb()), f(c.screeningsP95Ms()), Long.toString(c.errors())));
			}
		}
		md.append('\n');
		for (ScaleFigures run : scale) {
			if (run.familiesSoFar() < run.families()) {
				md.append(String.format(Locale.ROOT,
						"%s on %s: %d of %d families when this report was written (after each checkpoint).\n\n",
						run.server(), run.database(), run.familiesSoFar(), run.families()));
			}
		}
	}

	private static Optional<WorkloadFigures> find(List<ServerFigures> servers, String server, String database, String workload) {
		return servers.stream().filter(s -> s.server().equals(server) && s.database().equals(database)).findFirst()
				.flatMap(s -> s.workload(workload));
	}

	private static String cell(Optional<WorkloadFigures> figures) {
		return figures.map(w -> {
			String latency = f(w.p50Ms()) + " / " + f(w.p95Ms()) + " / " + f(w.p99Ms());
			String main = w.resources() > 0 ? f(w.resourcesPerSecond()) + " (" + latency + ")"
					: latency + " (" + f(w.operationsPerSecond()) + "/s)";
			String problems = w.errors() + w.invalid() > 0 ? " [" + w.errors() + " errors, " + w.invalid() + " invalid]" : "";
			return main + problems;
		}).orElse("");
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
	}

	private static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
