package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * One computed score of one response.
 *
 * @param total    sum of the weights of the answered items
 * @param decimal  whether the score sums entered decimals (ASQ) rather than whole answer weights
 * @param answered how many of the rule's items were answered
 * @param band     the first band that holds, or empty when the result is indeterminate
 */
record Score(ScoringRule rule, BigDecimal total, boolean decimal, int answered, Optional<Band> band) {

	static final String INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	static final Coding INDETERMINATE = new Coding(INTERPRETATION_SYSTEM, "IND", "Indeterminate");
	static final Coding INCOMPLETE = new Coding(
			"http://fhir.ecmh.org/CodeSystem/ecmh-screening-result", "incomplete", "Too few items answered for a valid score");

	/** Enough items answered for the instrument to give a score at all. */
	boolean isValid() {
		return answered >= rule.minAnswered();
	}

	/** Valid, but some of its items were skipped. */
	boolean isPartial() {
		return isValid() && answered < rule.items().size();
	}

	/** POS, NEG or IND. */
	Coding interpretation() {
		return band.map(Band::interpretation).orElse(INDETERMINATE);
	}

	/** The instrument's band (e.g. probable-depression), or incomplete when too few items were answered. */
	Optional<Coding> result() {
		return isValid() ? band.map(Band::result) : Optional.of(INCOMPLETE);
	}
}
