package org.ecmh.bench.report;

/**
 * A comparison the run reports, e.g. ours ÷ baseline ingest, with the target where it sets one.
 *
 * @param target  the floor or ceiling of the ratio; null where the ratio is only reported (fraction of the
 *                PostgreSQL ceiling)
 * @param atLeast true when the ratio must be at least the target, false when at most
 */
public record Ratio(String database, String measure, double ours, double other, double ratio, Double target,
		boolean atLeast) {

	public static Ratio of(String database, String measure, double ours, double other, Double target, boolean atLeast) {
		return new Ratio(database, measure, ours, other, other == 0 ? 0 : ours / other, target, atLeast);
	}

	/** Whether the target is met; null where there is no target. */
	public Boolean met() {
		if (target == null) {
			return null;
		}
		return atLeast ? ratio >= target : ratio <= target;
	}
}
