package org.ecmh.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecmh.bench.report.StartFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.bench.servers.ServerProcess;

/**
 * The start-up figures, apart from the workloads: each server started fresh and on its own, several times, the
 * lead alternating between the servers (the baseline first in the first round, as in {@link ServerRun}), and
 * stopped once ready and measured. From one start to the next the same jar on the same machine took a fifth to a
 * half longer or shorter, more than the differences the start-up targets are about, so the report rates the medians.
 */
final class StartupRun {

	private static final double MB = 1024.0 * 1024.0;

	private final int rounds;
	private final ServersUnderTest servers;

	StartupRun(int rounds, ServersUnderTest servers) {
		this.rounds = rounds;
		this.servers = servers;
	}

	/** Each kind's starts, in the order they ran. */
	Map<ServerKind, List<StartFigures>> measure(List<ServerKind> kinds, Database database) throws Exception {
		Map<ServerKind, List<StartFigures>> starts = new EnumMap<>(ServerKind.class);
		List<ServerKind> baselineFirst = ServerRun.baselineFirst(kinds);
		List<ServerKind> baselineLast = new ArrayList<>(baselineFirst);
		Collections.reverse(baselineLast);
		for (int round = 0; round < rounds; round++) {
			List<ServerKind> order = round % 2 == 0 ? baselineFirst : baselineLast;
			for (ServerKind kind : order) {
				starts.computeIfAbsent(kind, k -> new ArrayList<>()).add(startAlone(kind, database, round + 1));
			}
		}
		return starts;
	}

	private StartFigures startAlone(ServerKind kind, Database database, int round) throws Exception {
		String name = kind.name().toLowerCase() + "_" + database.name().toLowerCase() + "_start" + round;
		try (ServerProcess process = servers.start(kind, database, name)) {
			return measured(process, "%s on %s, start %d of %d".formatted(kind.label, database.label(), round, rounds));
		}
	}

	/** A server's start, once it is ready: the times it took and its RSS after a full GC (printed under {@code title}). */
	static StartFigures measured(ServerProcess process, String title) throws Exception {
		StartFigures start = new StartFigures(process.startup().toMillis() / 1000.0, process.ready().toMillis() / 1000.0,
				process.residentBytesAfterFullGc() / MB);
		System.out.printf("%s: FHIR answers after %.1f s, ready after %.1f s, RSS %.0f MB%n", title,
				start.startupSeconds(), start.readySeconds(), start.rssAfterStartMb());
		return start;
	}
}
