package org.ecmh.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecmh.bench.ceiling.JsonbCeiling;
import org.ecmh.bench.report.BenchReport;
import org.ecmh.bench.report.MarkdownReport;
import org.ecmh.bench.report.Plots;
import org.ecmh.bench.report.ScaleFigures;
import org.ecmh.bench.report.ServerFigures;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.synthetic.PracticeGenerator;

/**
 * The benchmark command: ecmh-fhir beside a plain HAPI FHIR JPA server, each on H2 and PostgreSQL, plus the
 * PostgreSQL JSONB ceiling, all in one run on this machine. Writes bench.json, bench.md and PNG plots to
 * the output folder and prints the Markdown. Options: see {@link BenchOptions}.
 */
public final class BenchCommand {

	public static final String JSON = "bench.json";
	public static final String MARKDOWN = "bench.md";

	private BenchCommand() {}

	/** The bench's own logging setup (libraries at WARN), named apart from the synthetic practice's. */
	private static final String LOGGING = "bench-logback.xml";

	public static void main(String[] args) throws Exception {
		System.setProperty("logback.configurationFile", LOGGING);
		BenchOptions options = BenchOptions.parse(args);
		BenchReport report = options.reportFrom() == null ? run(options) : rerender(options.reportFrom());
		System.out.println();
		System.out.println(MarkdownReport.render(report));
	}

	public static BenchReport run(BenchOptions options) throws Exception {
		String startedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
		Map<String, Object> machine = Machine.describe();
		PracticeGenerator generator = new PracticeGenerator(options.seed());
		Files.createDirectories(options.out());
		boolean needsPostgres = options.databases().contains(Database.POSTGRES);
		try (PostgresCluster postgres = needsPostgres ? PostgresCluster.start() : null) {
			List<ServerFigures> servers = new ArrayList<>();
			ServerRun serverRun = new ServerRun(options, generator, postgres);
			for (Database database : options.databases()) {
				servers.addAll(serverRun.measure(options.servers(), database));
			}
			List<WorkloadFigures> ceiling = needsPostgres ? ceiling(options, generator, postgres) : List.of();
			ReportWriter report = scale -> {
				machine.put("loadAverageAtEnd", Machine.loadAverage());
				BenchReport written = new BenchReport(startedAt, machine, describe(options), servers, ceiling,
						Ratios.compute(servers, ceiling, scale), scale);
				write(written, options.out());
				return written;
			};
			return report.write(scale(options, generator, postgres, report));
		}
	}

	/** Writes the report with the scale figures measured so far: at every scale checkpoint, and at the end. */
	private interface ReportWriter {
		BenchReport write(List<ScaleFigures> scale) throws Exception;
	}

	/** Renders the Markdown and the plots of an earlier run again, beside its bench.json. */
	private static BenchReport rerender(Path json) throws Exception {
		BenchReport report = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(json.toFile(), BenchReport.class);
		Files.writeString(json.resolveSibling(MARKDOWN), MarkdownReport.render(report));
		Plots.write(report, json.toAbsolutePath().getParent());
		return report;
	}

	/** The same families and batching as W1, straight into PostgreSQL. */
	private static List<WorkloadFigures> ceiling(BenchOptions options, PracticeGenerator generator, PostgresCluster postgres)
			throws Exception {
		JsonbCeiling ceiling = new JsonbCeiling(postgres, postgres.newDatabase("ceiling"), generator);
		int first = options.warmupFamilies() + options.singleFamilies();
		ceiling.bundles("warm-up", 0, options.warmupFamilies(), 1);
		List<WorkloadFigures> figures = new ArrayList<>();
		figures.add(ceiling.bundles(Workloads.BUNDLES, first, options.bundleFamilies(), 1));
		first += options.bundleFamilies();
		figures.add(ceiling.singles(Workloads.SINGLE, first, options.singleFamilies(), 1));
		first += options.singleFamilies();
		figures.add(ceiling.singles(Workloads.singles(options.clients()), first, options.singleFamilies() * options.clients(),
				options.clients()));
		return figures;
	}

	private static List<ScaleFigures> scale(BenchOptions options, PracticeGenerator generator, PostgresCluster postgres,
			ReportWriter report) throws Exception {
		List<ScaleFigures> runs = new ArrayList<>();
		if (options.scale().isEmpty()) {
			return runs;
		}
		Database database = postgres != null ? Database.POSTGRES : options.databases().get(0);
		ScaleRun scaleRun = new ScaleRun(options, generator, postgres);
		for (ServerKind kind : options.servers()) {
			runs.add(scaleRun.measure(kind, database, soFar -> report.write(withRun(runs, soFar))));
		}
		return runs;
	}

	private static List<ScaleFigures> withRun(List<ScaleFigures> finished, ScaleFigures running) {
		List<ScaleFigures> runs = new ArrayList<>(finished);
		runs.add(running);
		return runs;
	}

	private static Map<String, Object> describe(BenchOptions options) {
		Map<String, Object> described = new LinkedHashMap<>();
		for (var component : BenchOptions.class.getRecordComponents()) {
			try {
				described.put(component.getName(), String.valueOf(component.getAccessor().invoke(options)));
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return described;
	}

	private static void write(BenchReport report, Path out) throws Exception {
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve(JSON).toFile(), report);
		Files.writeString(out.resolve(MARKDOWN), MarkdownReport.render(report));
		Plots.write(report, out);
	}
}
