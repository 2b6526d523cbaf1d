package org.ecmh.bench.workload;

import java.util.List;
import org.ecmh.bench.report.WorkloadFigures;

/**
 * The same workload on several servers that are all up, request by request: the i-th request goes to every
 * server before the next one goes to any, the servers taking the lead in alternation. Whatever slows the
 * machine for a while (another process, the disk, the JIT of an idle neighbour) then falls on every server
 * alike instead of on whichever happened to be measured at that moment, so the ratio of their latencies
 * compares the servers and not the minutes they ran in. Each server's elapsed time is that of its own requests.
 */
public final class InTurns {

	private InTurns() {}

	/** One workload per server, each of the same count; figures in the same order. */
	public static List<WorkloadFigures> run(List<Workload> sameOnEachServer) {
		int count = sameOnEachServer.get(0).count();
		if (sameOnEachServer.stream().anyMatch(workload -> workload.count() != count)) {
			throw new IllegalArgumentException("Workloads run in turns need the same number of requests");
		}
		List<Measured> measured = sameOnEachServer.stream().map(workload -> new Measured(workload.name())).toList();
		int servers = sameOnEachServer.size();
		for (int i = 0; i < count; i++) {
			for (int turn = 0; turn < servers; turn++) {
				int server = i % 2 == 0 ? turn : servers - 1 - turn;
				Measured figures = measured.get(server);
				figures.start();
				sameOnEachServer.get(server).request().accept(figures, i);
				figures.stop();
			}
		}
		return measured.stream().map(Measured::figures).toList();
	}
}
