package org.ecmh.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.List;
import org.ecmh.bench.report.ServerFigures;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.bench.servers.ServerProcess;
import org.ecmh.bench.workload.Clients;
import org.ecmh.bench.workload.Ingest;
import org.ecmh.bench.workload.LoadedFamilies;
import org.ecmh.bench.workload.Searches;
import org.ecmh.bench.workload.Validation;
import org.ecmh.synthetic.PracticeGenerator;

/**
 * One server on one database, fresh: start it, warm it up (writes, searches and validations that are not
 * reported: the first few hundred requests after start run several times slower), then W1, W2 and W3.
 */
final class ServerRun {

	private static final double MB = 1024.0 * 1024.0;
	/** The warm-up runs a tenth of each search kind and validation, at least this many. */
	private static final int MIN_WARMUP_REQUESTS = 5;
	private static final int WARMUP_SHARE = 10;

	private final BenchOptions options;
	private final PracticeGenerator generator;
	private final ServersUnderTest servers;

	ServerRun(BenchOptions options, PracticeGenerator generator, PostgresCluster postgres) {
		this.options = options;
		this.generator = generator;
		this.servers = new ServersUnderTest(options, postgres);
	}

	ServerFigures measure(ServerKind kind, Database database) throws Exception {
		String name = kind.name().toLowerCase() + "_" + database.name().toLowerCase();
		System.out.printf("%s on %s: starting%n", kind.label, database.label());
		try (ServerProcess server = servers.start(kind, database, name)) {
			double rssAfterStart = server.residentBytes() / MB;
			System.out.printf("%s on %s: ready in %.1f s, RSS %.0f MB%n", kind.label, database.label(),
					server.startup().toMillis() / 1000.0, rssAfterStart);
			List<WorkloadFigures> workloads = workloads(Clients.of(server.baseUrl()));
			double databaseMb = servers.databaseBytes(server, database, name) / MB;
			return new ServerFigures(kind.label, database.label(), server.startup().toMillis() / 1000.0, rssAfterStart,
					server.residentBytes() / MB, databaseMb, workloads);
		}
	}

	private List<WorkloadFigures> workloads(IGenericClient client) {
		LoadedFamilies loaded = new LoadedFamilies();
		Ingest ingest = new Ingest(client, generator, loaded);
		Searches searches = new Searches(client, loaded, generator.asOf());
		Validation validation = new Validation(client, generator);
		ingest.practice();

		int next = 0;
		ingest.bundles("warm-up", next, options.warmupFamilies(), 1);
		next += options.warmupFamilies();
		ingest.singles("warm-up", next, options.singleFamilies(), options.clients());
		next += options.singleFamilies();
		searches.run(warmupShare(options.searchesPerKind()));
		validation.run(0, warmupShare(options.validations()));

		List<WorkloadFigures> figures = new ArrayList<>();
		figures.add(report(ingest.bundles(Workloads.BUNDLES, next, options.bundleFamilies(), 1)));
		next += options.bundleFamilies();
		figures.add(report(ingest.singles(Workloads.SINGLE, next, options.singleFamilies(), 1)));
		next += options.singleFamilies();
		int concurrent = options.singleFamilies() * options.clients();
		figures.add(report(ingest.singles(Workloads.singles(options.clients()), next, concurrent, options.clients())));
		next += concurrent;
		searches.run(options.searchesPerKind()).forEach(search -> figures.add(report(search)));
		figures.add(report(validation.run(next, options.validations())));
		return figures;
	}

	private static int warmupShare(int measured) {
		return Math.max(MIN_WARMUP_REQUESTS, measured / WARMUP_SHARE);
	}

	private static WorkloadFigures report(WorkloadFigures figures) {
		System.out.printf("  %-45s %8.1f ops/s %9.1f res/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%s%n",
				figures.workload(), figures.operationsPerSecond(), figures.resourcesPerSecond(), figures.p50Ms(),
				figures.p95Ms(), figures.p99Ms(), figures.errors(),
				figures.firstError() == null ? "" : "  (" + figures.firstError() + ")");
		return figures;
	}
}
