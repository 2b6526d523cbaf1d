package org.ecmh.bench.workload;

import java.util.function.ObjIntConsumer;
import org.ecmh.bench.report.WorkloadFigures;

/**
 * A one-client workload as its requests by index, so that it can run alone or in turns with the same workload
 * on other servers ({@link InTurns}). Request {@code i} times itself on the {@link Measured} it is given.
 */
public record Workload(String name, int count, ObjIntConsumer<Measured> request) {

	/** Request after request on this server alone. */
	public WorkloadFigures alone() {
		Measured measured = new Measured(name);
		Clients.run(measured, 1, count, i -> request.accept(measured, i));
		return measured.figures();
	}
}
