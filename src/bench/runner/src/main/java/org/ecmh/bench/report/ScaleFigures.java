package org.ecmh.bench.report;

import java.util.List;

/**
 * How cost per family grows as one server's database fills up: a checkpoint after each segment of families.
 *
 * @param flatness CPU per family of the last segment ÷ that of the first (target: within 1.3)
 */
public record ScaleFigures(String server, String database, int families, List<Checkpoint> checkpoints, double flatness) {

	/**
	 * @param families            families written so far
	 * @param msPerFamily         wall time of the segment ÷ families in it (bundles written by several clients)
	 * @param cpuMsPerFamily      CPU time the server and its database used in the segment ÷ families in it
	 * @param databaseBytesPerFamily database size ÷ families so far
	 * @param rssMb               server resident memory at the checkpoint
	 * @param screeningsP95Ms     p95 of a sample of "a child's screenings" searches at the checkpoint
	 */
	public record Checkpoint(int families, double msPerFamily, double cpuMsPerFamily, double databaseBytesPerFamily, double rssMb,
			double screeningsP95Ms, long errors) {}
}
