package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.List;
import org.ecmh.fhir.screening.Refusal.Issue;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/** Whether a score the sender recorded is the same score as the server's result: same code, same value. */
final class ScoreAgreement {

	private ScoreAgreement() {}

	static boolean sameScore(Observation sent, Observation ours) {
		return shareACoding(sent.getCode(), ours.getCode());
	}

	static boolean valuesAgree(Observation sent, Observation ours) {
		return valuesAgree(sent.getValue(), ours.getValue());
	}

	/**
	 * Refuses (422 naming both values) a score whose value is not the one the answers give.
	 *
	 * @param sentWith how the sender sent it, for the message ("with the response", ...)
	 */
	static void check(Observation sent, Observation ours, String sentWith) {
		if (!valuesAgree(sent, ours)) {
			throw Refusal.of(List.of(new Issue("Observation.value", "The Observation '" + ours.getCode().getCodingFirstRep().getCode()
					+ "' sent " + sentWith + " reports " + textOf(sent.getValue()) + ", but its answers give " + textOf(ours.getValue()))));
		}
	}

	private static boolean valuesAgree(Type sent, Type ours) {
		if (sent == null && ours == null) {
			return true; // neither has a score: too few answers on both sides
		}
		if (sent instanceof CodeableConcept sentCode && ours instanceof CodeableConcept ourCode) {
			return shareACoding(sentCode, ourCode);
		}
		BigDecimal sentNumber = numberOf(sent);
		BigDecimal ourNumber = numberOf(ours);
		return sentNumber != null && ourNumber != null && sentNumber.compareTo(ourNumber) == 0;
	}

	private static boolean shareACoding(CodeableConcept one, CodeableConcept other) {
		return one.getCoding().stream().anyMatch(a -> other.getCoding().stream().anyMatch(b -> a.is(b.getSystem(), b.getCode())));
	}

	/** Our results hold a decimal score as a Quantity, a whole one as an integer. */
	private static BigDecimal numberOf(Type value) {
		return value instanceof Quantity quantity ? quantity.getValue() : ResponseAnswers.numberIn(value).orElse(null);
	}

	private static String textOf(Type value) {
		if (value instanceof CodeableConcept concept) {
			return "'" + concept.getCodingFirstRep().getCode() + "'";
		}
		BigDecimal number = numberOf(value);
		return number == null ? "no valid score" : number.toPlainString();
	}
}
