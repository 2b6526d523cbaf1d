package org.ecmh.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.ServerKind;

/**
 * What one bench run does. Every field is a command-line option ({@code --name value}); defaults are those
 * of the standard run (about 20 minutes on 2 cores), {@code --quick} shrinks the sizes to a minute or two.
 *
 * @param oursJar            ecmh-fhir server jar (fhir-server/target/ecmh-fhir-server.jar)
 * @param baselineJar        plain HAPI server jar (src/bench/plain-hapi-server/target/plain-hapi-server.jar)
 * @param out                where the report goes (target/bench)
 * @param servers            servers to compare (ours,baseline)
 * @param databases          databases each server runs on (h2,postgres)
 * @param seed               synthetic practice seed (42)
 * @param warmupFamilies     families written (and searched) before measuring, not reported (600; with 10 the JIT
 *                           compiler took most of a core through all of W1, with 150 still a third of a core for
 *                           ours and a fifth for the baseline: the report shows its share)
 * @param bundleFamilies     W1: families written as one transaction bundle each (60: each W1 window lasts 5 to 15
 *                           seconds, long enough that a collection or a compilation does not decide a figure)
 * @param singleFamilies     W1: families written resource by resource, per client (6)
 * @param clients            W1: concurrent clients of the second single-write run (4)
 * @param searchesPerKind    W2: distinct searches of each kind (200: a p95 of 100 moved by up to 0.4 between runs)
 * @param validations        W3: $validate calls (100)
 * @param scorings           W4: {@code $extract} calls on stored screening responses, on the servers that score (100)
 * @param startups           fresh starts of each server on each database, each on its own and the lead alternating,
 *                           before the workloads; start-up, ready and RSS after start are their medians (3: the same
 *                           jar took a fifth to a half longer or shorter from one start to the next on the bench
 *                           machine). 0: the figures of the one start before the workloads
 * @param scale              family counts of the scale run, e.g. 1000,10000 (none: no scale run)
 * @param scaleCheckpoints   segments a scale run is measured in (10)
 * @param scaleClients       concurrent clients writing bundles in the scale run (4)
 * @param startTimeoutSeconds longest wait for a server to answer /fhir/metadata (300)
 * @param serverHeap         -Xmx of each server JVM, the same for both (2g)
 * @param serverJvmOptions   further options of each server JVM, the same for both, space-separated
 *                           (-XX:-DontCompileHugeMethods, as README's production start recommends: the HL7
 *                           validator's check of a primitive value is one method over HotSpot's limit of 8,000
 *                           bytes, so without it that check always runs interpreted)
 * @param baselineH2Options  appended to the baseline's H2 URL, e.g. ";WRITE_DELAY=0" (none: HAPI's default, which
 *                           keeps the last half second of commits in memory; ours writes each commit through)
 * @param jfr                record a Java Flight Recording of each server into its work folder (false)
 * @param reportFrom         render bench.md and the plots again from this bench.json instead of running (none)
 */
public record BenchOptions(
		Path oursJar, Path baselineJar, Path out, List<ServerKind> servers, List<Database> databases, long seed,
		int warmupFamilies, int bundleFamilies, int singleFamilies, int clients, int searchesPerKind, int validations,
		int scorings, int startups, List<Integer> scale, int scaleCheckpoints, int scaleClients, int startTimeoutSeconds,
		String serverHeap, String serverJvmOptions, String baselineH2Options, boolean jfr, Path reportFrom) {

	private static final Map<String, String> STANDARD = Map.ofEntries(
			Map.entry("ours-jar", "fhir-server/target/ecmh-fhir-server.jar"),
			Map.entry("baseline-jar", "src/bench/plain-hapi-server/target/plain-hapi-server.jar"),
			Map.entry("out", "target/bench"),
			Map.entry("servers", "ours,baseline"),
			Map.entry("databases", "h2,postgres"),
			Map.entry("seed", "42"),
			Map.entry("warmup-families", "600"),
			Map.entry("bundle-families", "60"),
			Map.entry("single-families", "6"),
			Map.entry("clients", "4"),
			Map.entry("searches-per-kind", "200"),
			Map.entry("validations", "100"),
			Map.entry("scorings", "100"),
			Map.entry("startups", "3"),
			Map.entry("scale", ""),
			Map.entry("scale-checkpoints", "10"),
			Map.entry("scale-clients", "4"),
			Map.entry("start-timeout-seconds", "300"),
			Map.entry("server-heap", "2g"),
			Map.entry("server-jvm-options", "-XX:-DontCompileHugeMethods"),
			Map.entry("baseline-h2-options", ""),
			Map.entry("jfr", "false"),
			Map.entry("report-from", ""));

	/** --quick: enough of every workload to see that it works and roughly where figures lie. */
	private static final Map<String, String> QUICK = Map.of(
			"databases", "h2",
			"warmup-families", "3",
			"bundle-families", "8",
			"single-families", "1",
			"searches-per-kind", "15",
			"validations", "20",
			"scorings", "20",
			"startups", "1");

	public static BenchOptions parse(String... args) {
		Map<String, String> values = new HashMap<>(STANDARD);
		List<String> given = Arrays.asList(args);
		if (given.contains("--quick")) {
			values.putAll(QUICK);
		}
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--quick")) {
				continue;
			}
			String name = args[i].replaceFirst("^--", "");
			if (!STANDARD.containsKey(name) || i + 1 >= args.length) {
				throw new IllegalArgumentException("Unknown option or missing value: " + args[i] + "; options: --quick, --"
						+ String.join(", --", STANDARD.keySet().stream().sorted().toList()));
			}
			values.put(name, args[++i]);
		}
		return new BenchOptions(
				Path.of(values.get("ours-jar")), Path.of(values.get("baseline-jar")), Path.of(values.get("out")),
				list(values.get("servers"), ServerKind::parse), list(values.get("databases"), Database::parse),
				Long.parseLong(values.get("seed")),
				integer(values, "warmup-families"), integer(values, "bundle-families"), integer(values, "single-families"),
				integer(values, "clients"), integer(values, "searches-per-kind"), integer(values, "validations"),
				integer(values, "scorings"), integer(values, "startups"),
				list(values.get("scale"), Integer::parseInt), integer(values, "scale-checkpoints"),
				integer(values, "scale-clients"), integer(values, "start-timeout-seconds"), values.get("server-heap"),
				values.get("server-jvm-options"),
				values.get("baseline-h2-options"), Boolean.parseBoolean(values.get("jfr")),
				values.get("report-from").isEmpty() ? null : Path.of(values.get("report-from")));
	}

	private static int integer(Map<String, String> values, String name) {
		return Integer.parseInt(values.get(name));
	}

	private static <T> List<T> list(String value, java.util.function.Function<String, T> parse) {
		return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(parse).toList();
	}
}
