package org.ecmh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ecmh.bench.report.ScaleFigures;
import org.ecmh.bench.report.ScaleFigures.Checkpoint;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.bench.servers.ServerProcess;
import org.ecmh.bench.workload.Clients;
import org.ecmh.bench.workload.Ingest;
import org.ecmh.bench.workload.LoadedFamilies;
import org.ecmh.bench.workload.Searches;
import org.ecmh.synthetic.PracticeGenerator;

/**
 * How cost per family grows: one fresh server, warmed up with the warm-up families (counted in the size, not
 * measured), fills up to the largest requested size with family bundles from several clients, measured
 * segment by segment; every requested size is a checkpoint. Cost is CPU time (server and database) per
 * family: wall time is reported too, but on a shared machine it measures the neighbours as much as us.
 * Every checkpoint is handed on as soon as it is measured, so a run of hours that is stopped keeps what it measured.
 */
final class ScaleRun {

	/** Takes the figures of a run so far, after each of its checkpoints. */
	interface Progress {
		void measured(ScaleFigures soFar) throws Exception;
	}

	private static final double MB = 1024.0 * 1024.0;
	private static final int SEARCH_SAMPLE = 20;

	private final BenchOptions options;
	private final PracticeGenerator generator;
	private final ServersUnderTest servers;

	ScaleRun(BenchOptions options, PracticeGenerator generator, PostgresCluster postgres) {
		this.options = options;
		this.generator = generator;
		this.servers = new ServersUnderTest(options, postgres);
	}

	ScaleFigures measure(ServerKind kind, Database database, Progress progress) throws Exception {
		int families = options.scale().stream().mapToInt(Integer::intValue).max().orElseThrow();
		String name = "scale_" + kind.name().toLowerCase() + "_" + database.name().toLowerCase();
		try (ServerProcess server = servers.start(kind, database, name)) {
			LoadedFamilies loaded = new LoadedFamilies();
			var client = Clients.of(server.baseUrl());
			Ingest ingest = new Ingest(client, generator, loaded);
			Searches searches = new Searches(client, loaded, generator.asOf());
			ingest.practice();
			List<Checkpoint> checkpoints = new ArrayList<>();
			ScaleFigures figures = null;
			int warmedUp = Math.min(options.warmupFamilies(), families - 1);
			ingest.bundles("warm-up", 0, warmedUp, options.scaleClients());
			int written = warmedUp;
			for (int checkpoint : checkpoints(families).stream().filter(end -> end > warmedUp).toList()) {
				int segmentFamilies = checkpoint - written;
				double cpuBefore = servers.cpuSeconds(server, database);
				WorkloadFigures segment = ingest.bundles("scale", written, segmentFamilies, options.scaleClients());
				double cpuMsPerFamily = (servers.cpuSeconds(server, database) - cpuBefore) * 1000 / segmentFamilies;
				double msPerFamily = segment.seconds() * 1000 / segmentFamilies;
				written = checkpoint;
				long bytes = servers.databaseBytes(server, database, name);
				checkpoints.add(new Checkpoint(written, msPerFamily, cpuMsPerFamily, (double) bytes / written,
						server.residentBytes() / MB, searches.screenings(SEARCH_SAMPLE).p95Ms(), segment.errors()));
				System.out.printf("  scale %s on %s: %d families, %.1f ms/family, %.1f CPU ms/family, %.0f bytes/family%n",
						kind.label, database.label(), written, msPerFamily, cpuMsPerFamily, (double) bytes / written);
				figures = ScaleFigures.of(kind.label, database.label(), families, checkpoints);
				progress.measured(figures);
			}
			return figures;
		}
	}

	/** Evenly spaced segment ends up to {@code families}, plus every size the user asked for. */
	private List<Integer> checkpoints(int families) {
		TreeSet<Integer> ends = new TreeSet<>(options.scale());
		int segments = options.scaleCheckpoints();
		for (int segment = 1; segment <= segments; segment++) {
			ends.add((int) ((long) families * segment / segments));
		}
		ends.remove(0);
		return List.copyOf(ends);
	}
}
