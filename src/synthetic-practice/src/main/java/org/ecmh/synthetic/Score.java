package org.ecmh.synthetic;

import java.util.List;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Coding;

/**
 * One score an instrument yields: the items it sums, its result bands as the guide's scoring rules define
 * them, and the share of screens that come out positive in the generated practice.
 *
 * @param loinc        verified LOINC code of the score, or null where the guide records none
 * @param bands        result bands, highest first; the last one starts at 0
 * @param positiveRate share of positive screens (sources in {@link Instrument})
 * @param atRiskValue  for a coded result (Hunger Vital Sign): the value of a positive screen; null for numbers
 * @param noRiskValue  for a coded result: the value of a negative screen
 */
record Score(String code, String loinc, List<String> items, List<Band> bands, double positiveRate,
		Coding atRiskValue, Coding noRiskValue) {

	/** Scores from {@code from} up are {@code code}; positive bands are POS, the others NEG. */
	record Band(int from, boolean positive, String code) {}

	static Score numeric(String code, String loinc, List<String> items, double positiveRate, Band... bands) {
		return new Score(code, loinc, items, List.of(bands), positiveRate, null, null);
	}

	/** The lowest score that is positive. */
	int cutoff() {
		return bands.stream().filter(Band::positive).mapToInt(Band::from).min().orElseThrow();
	}

	Band bandOf(int score) {
		return bands.stream().filter(band -> score >= band.from()).findFirst().orElseThrow();
	}

	boolean coded() {
		return atRiskValue != null;
	}

	static List<String> numbered(String prefix, int count) {
		return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
	}
}
