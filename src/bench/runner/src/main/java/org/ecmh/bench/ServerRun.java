package org.ecmh.bench;

import static org.ecmh.bench.report.StartFigures.median;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecmh.bench.report.ServerFigures;
import org.ecmh.bench.report.StartFigures;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.bench.servers.ServerProcess;
import org.ecmh.bench.workload.Clients;
import org.ecmh.bench.workload.InTurns;
import org.ecmh.bench.workload.Ingest;
import org.ecmh.bench.workload.LoadedFamilies;
import org.ecmh.bench.workload.Scoring;
import org.ecmh.bench.workload.Searches;
import org.ecmh.bench.workload.Validation;
import org.ecmh.bench.workload.Workload;
import org.ecmh.synthetic.PracticeGenerator;

/**
 * The servers under test on one database. Each starts fresh and, on its own, is warmed up (writes, searches
 * and validations that are not reported: the first few hundred requests after start run several times slower);
 * once its JIT compiler is done, it stays up, idle, while the next one does the same (the baseline first, so
 * that ours starts beside an idle baseline: what an idle neighbour costs falls on ours). Then W1, W2 and W3 run
 * on all of them, and W4 on those that score, in turns ({@link InTurns}): two standard runs of the same jars an
 * hour apart, W1 run on one server after the other, had rated bundles on PostgreSQL at 0.90 and 0.63 of the
 * baseline, the machine being faster or slower for minutes at a time.
 */
final class ServerRun {

	private static final double MB = 1024.0 * 1024.0;
	/** The warm-up runs a tenth of each search kind and validation, at least this many. */
	private static final int MIN_WARMUP_REQUESTS = 5;
	private static final int WARMUP_SHARE = 10;
	/** A server's JIT compiler counts as done below this share of a core (right after W1 it took about half). */
	private static final double QUIET_COMPILER_CORES = 0.05;
	private static final Duration QUIET_CHECK = Duration.ofSeconds(5);
	private static final Duration LONGEST_WAIT_FOR_QUIET = Duration.ofMinutes(2);

	private final BenchOptions options;
	private final PracticeGenerator generator;
	private final ServersUnderTest servers;
	private final StartupRun startups;

	ServerRun(BenchOptions options, PracticeGenerator generator, PostgresCluster postgres) {
		this.options = options;
		this.generator = generator;
		this.servers = new ServersUnderTest(options, postgres);
		this.startups = new StartupRun(options.startups(), servers);
	}

	/** Figures for each of {@code kinds}, in that order. */
	List<ServerFigures> measure(List<ServerKind> kinds, Database database) throws Exception {
		Map<ServerKind, List<StartFigures>> startsAlone = startups.measure(kinds, database);
		List<Filled> filled = new ArrayList<>();
		try {
			for (ServerKind kind : baselineFirst(kinds)) {
				Filled server = start(kind, database);
				filled.add(server);
				warmUp(server);
				untilCompilerQuiet(server);
			}
			filled.sort(Comparator.comparing(server -> kinds.indexOf(server.kind)));
			writeInTurns(filled);
			readInTurns(filled);
			scoreInTurns(filled);
			List<ServerFigures> figures = new ArrayList<>();
			for (Filled server : filled) {
				figures.add(server.figures(servers, database, startsAlone.getOrDefault(server.kind, List.of())));
			}
			return figures;
		} finally {
			closeAll(filled);
		}
	}

	private Filled start(ServerKind kind, Database database) throws Exception {
		String name = kind.name().toLowerCase() + "_" + database.name().toLowerCase();
		System.out.printf("%s on %s: starting%n", kind.label, database.label());
		ServerProcess process = servers.start(kind, database, name);
		StartFigures start = StartupRun.measured(process, kind.label + " on " + database.label());
		return new Filled(kind, name, process, start, Clients.of(process.baseUrl()), generator);
	}

	/** The warm-up, on this server alone. */
	private void warmUp(Filled server) {
		Ingest ingest = server.ingest;
		ingest.practice();
		ingest.bundles("warm-up", 0, options.warmupFamilies(), 1);
		ingest.singles("warm-up", options.warmupFamilies(), options.singleFamilies(), options.clients());
		server.reads(warmupShare(options.searchesPerKind()), 0, warmupShare(options.validations())).forEach(Workload::alone);
		if (server.kind.scoresScreenings) {
			server.scoring.workload(warmupShare(options.scorings())).alone();
		}
	}

	/** W1 on every server in turns: the same families to each, a bundle or a round of single writes at a time. */
	private void writeInTurns(List<Filled> filled) {
		System.out.printf("W1 in turns on %s%n", labels(filled));
		List<CompilerClock> jit = filled.stream().map(server -> new CompilerClock(server.process)).toList();
		int bundles = options.warmupFamilies() + options.singleFamilies();
		int single = bundles + options.bundleFamilies();
		int concurrent = single + options.singleFamilies();
		inTurns(filled, server -> server.ingest.bundlesInTurns(Workloads.BUNDLES, bundles, options.bundleFamilies()));
		inTurns(filled, server -> server.ingest.singlesInTurns(Workloads.SINGLE, single, options.singleFamilies(), 1));
		inTurns(filled, server -> server.ingest.singlesInTurns(Workloads.singles(options.clients()), concurrent,
				options.singleFamilies(), options.clients()));
		for (int i = 0; i < filled.size(); i++) {
			Filled server = filled.get(i);
			server.validatedFrom = concurrent + options.singleFamilies() * options.clients();
			server.jitCoresDuringW1 = jit.get(i).coresSinceStart();
			System.out.printf("  %-12s JIT compiler during W1: %.2f of a core%n", server.kind.label, server.jitCoresDuringW1);
		}
	}

	/** The share of a core the server's JIT compiler has taken since this clock started. */
	private record CompilerClock(ServerProcess process, double compilerSecondsAtStart, long nanosAtStart) {

		CompilerClock(ServerProcess process) {
			this(process, process.compilerCpuSeconds(), System.nanoTime());
		}

		double coresSinceStart() {
			double seconds = (System.nanoTime() - nanosAtStart) / 1e9;
			return Math.max(0, process.compilerCpuSeconds() - compilerSecondsAtStart) / seconds;
		}
	}

	/**
	 * Waits until the server's JIT compiler is done with what its warm-up gave it, so the next server starts and is
	 * warmed up beside an idle neighbour, and the workloads start with neither compiling: right after a run of
	 * writes a server's compiler still took about half a core.
	 */
	private static void untilCompilerQuiet(Filled server) throws InterruptedException {
		long deadline = System.nanoTime() + LONGEST_WAIT_FOR_QUIET.toNanos();
		double cores;
		do {
			CompilerClock jit = new CompilerClock(server.process);
			Thread.sleep(QUIET_CHECK.toMillis());
			cores = jit.coresSinceStart();
		} while (cores > QUIET_COMPILER_CORES && System.nanoTime() < deadline);
		System.out.printf("  %-12s JIT compiler at %.2f of a core, idle%n", server.kind.label, cores);
	}

	/** W2 and W3: each workload on every server in turns. */
	private void readInTurns(List<Filled> filled) {
		System.out.printf("W2 and W3 in turns on %s%n", labels(filled));
		Map<Filled, List<Workload>> reads = filled.stream().collect(Collectors.toMap(Function.identity(),
				server -> server.reads(options.searchesPerKind(), server.validatedFrom, options.validations())));
		for (int kind = 0; kind < reads.get(filled.get(0)).size(); kind++) {
			int workload = kind;
			inTurns(filled, server -> reads.get(server).get(workload));
		}
	}

	/** W4 on the servers that score screening responses. */
	private void scoreInTurns(List<Filled> filled) {
		List<Filled> scoring = filled.stream().filter(server -> server.kind.scoresScreenings).toList();
		if (!scoring.isEmpty()) {
			System.out.printf("W4 in turns on %s%n", labels(scoring));
			inTurns(scoring, server -> server.scoring.workload(options.scorings()));
		}
	}

	/** One workload, as each server's version of it, run in turns ({@link InTurns}) and reported per server. */
	private static void inTurns(List<Filled> filled, Function<Filled, Workload> workload) {
		List<WorkloadFigures> figures = InTurns.run(filled.stream().map(workload).toList());
		IntStream.range(0, filled.size()).forEach(server -> filled.get(server).report(figures.get(server)));
	}

	private static String labels(List<Filled> filled) {
		return String.join(", ", filled.stream().map(server -> server.kind.label).toList());
	}

	static List<ServerKind> baselineFirst(List<ServerKind> kinds) {
		return kinds.stream().sorted(Comparator.comparing(kind -> kind != ServerKind.BASELINE)).toList();
	}

	private static int warmupShare(int measured) {
		return Math.max(MIN_WARMUP_REQUESTS, measured / WARMUP_SHARE);
	}

	private static void closeAll(List<Filled> filled) throws InterruptedException {
		for (Filled server : filled) {
			server.process.close();
		}
	}

	/** A server that is up, with the families W1 wrote to it and the figures so far. */
	private static final class Filled {

		final ServerKind kind;
		final String name;
		final ServerProcess process;
		final StartFigures start;
		final Ingest ingest;
		final Searches searches;
		final Validation validation;
		final Scoring scoring;
		final List<WorkloadFigures> workloads = new ArrayList<>();
		int validatedFrom;
		double jitCoresDuringW1;

		Filled(ServerKind kind, String name, ServerProcess process, StartFigures start, IGenericClient client,
				PracticeGenerator generator) {
			this.kind = kind;
			this.name = name;
			this.process = process;
			this.start = start;
			LoadedFamilies loaded = new LoadedFamilies();
			this.ingest = new Ingest(client, generator, loaded);
			this.searches = new Searches(client, loaded, generator.asOf());
			this.validation = new Validation(client, generator);
			this.scoring = new Scoring(client, loaded);
		}

		/** The W2 searches, then W3 on families from {@code firstValidated} on. */
		List<Workload> reads(int searchesPerKind, int firstValidated, int validations) {
			List<Workload> reads = new ArrayList<>(searches.workloads(searchesPerKind));
			reads.add(validation.workload(firstValidated, validations));
			return reads;
		}

		void report(WorkloadFigures figures) {
			workloads.add(figures);
			System.out.printf("  %-12s %-45s %8.1f ops/s %9.1f res/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%s%n",
					kind.label, figures.workload(), figures.operationsPerSecond(), figures.resourcesPerSecond(),
					figures.p50Ms(), figures.p95Ms(), figures.p99Ms(), figures.errors(),
					figures.firstError() == null ? "" : "  (" + figures.firstError() + ")");
		}

		/** Start-up, ready and RSS after start: the medians of {@code startsAlone}; without any, this server's own start. */
		ServerFigures figures(ServersUnderTest servers, Database database, List<StartFigures> startsAlone) {
			List<StartFigures> rated = startsAlone.isEmpty() ? List.of(start) : startsAlone;
			double databaseMb = servers.databaseBytes(process, database, name) / MB;
			return new ServerFigures(kind.label, database.label(), median(rated, StartFigures::startupSeconds),
					median(rated, StartFigures::readySeconds), median(rated, StartFigures::rssAfterStartMb),
					process.residentBytes() / MB, databaseMb, jitCoresDuringW1, workloads, startsAlone);
		}
	}
}
