package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;

/**
 * One result band of a scoring rule (ecmh-scoring.band): the score compared with a fixed cut-off or with a
 * cut-off entered in another item, within an optional age range, gives an interpretation and a result band.
 *
 * @param cutOff       fixed threshold, or null when {@code cutOffLinkId} names the item holding it
 * @param minAgeMonths youngest age (completed months, inclusive) the band applies to, or null
 * @param maxAgeMonths oldest age (completed months, inclusive) the band applies to, or null
 * @param valueCode    coded Observation value for this band (e.g. LOINC "At risk"), or null
 */
record Band(
		Comparator comparator,
		BigDecimal cutOff,
		String cutOffLinkId,
		Integer minAgeMonths,
		Integer maxAgeMonths,
		Coding interpretation,
		Coding result,
		Coding valueCode,
		String source) {

	static Band of(Extension band) {
		return new Band(
				Comparator.ofCode(ScoringRule.string(band, "comparator")),
				Optional.ofNullable(ScoringRule.value(band, "value")).map(v -> v.castToDecimal(v).getValue()).orElse(null),
				ScoringRule.string(band, "valueLinkId"),
				Optional.ofNullable(ScoringRule.value(band, "minAgeMonths")).map(v -> v.castToInteger(v).getValue()).orElse(null),
				Optional.ofNullable(ScoringRule.value(band, "maxAgeMonths")).map(v -> v.castToInteger(v).getValue()).orElse(null),
				ScoringRule.coding(band, "interpretation"),
				ScoringRule.coding(band, "result"),
				ScoringRule.coding(band, "valueCode"),
				ScoringRule.string(band, "source"));
	}

	boolean isAgeBanded() {
		return minAgeMonths != null || maxAgeMonths != null;
	}

	boolean coversAge(int months) {
		return (minAgeMonths == null || months >= minAgeMonths) && (maxAgeMonths == null || months <= maxAgeMonths);
	}
}
