package org.ecmh.bench.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One fresh start of a server: until its FHIR endpoint answered, until it said it was ready for traffic, and its
 * resident memory once ready, after a full GC.
 */
public record StartFigures(double startupSeconds, double readySeconds, double rssAfterStartMb) {

	/** The median of one figure over several starts (the mean of the middle two for an even count). */
	public static double median(List<StartFigures> starts, ToDoubleFunction<StartFigures> figure) {
		double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
