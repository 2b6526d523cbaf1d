package org.ecmh.bench.report;

import java.util.List;

/**
 * How cost per family grows as one server's database fills up: a checkpoint after each segment of families.
 *
 * @param families the size the run fills up to; the last checkpoint holds fewer while it runs, or if it was stopped
 * @param flatness CPU per family of the last segment ÷ that of the first (target: within 1.3)
 */
public record ScaleFigures(String server, String database, int families, List<Checkpoint> checkpoints, double flatness) {

	/** The figures of the checkpoints measured so far (a copy: the run goes on adding to its list). */
	public static ScaleFigures of(String server, String database, int families, List<Checkpoint> checkpoints) {
		double flatness = checkpoints.get(checkpoints.size() - 1).cpuMsPerFamily() / checkpoints.get(0).cpuMsPerFamily();
		return new ScaleFigures(server, database, families, List.copyOf(checkpoints), flatness);
	}

	/** Families written when the last checkpoint was measured. */
	public int familiesSoFar() {
		return checkpoints.get(checkpoints.size() - 1).families();
	}

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
