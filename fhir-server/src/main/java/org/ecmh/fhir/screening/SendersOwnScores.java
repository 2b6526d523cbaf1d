package org.ecmh.fhir.screening;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecmh.fhir.screening.Refusal.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * Scores the sender recorded itself: Observations sent in the same transaction as the screening response they
 * are derived from, coded with one of its scores. Such an Observation is the response's result for that score.
 * The server checks its value against the answers (422 when they disagree) and stores no second result beside
 * it, which would count one screen twice. A response written on its own gets all its results from the server.
 */
final class SendersOwnScores {

	private static final String NOTED = SendersOwnScores.class.getName();

	private final Map<QuestionnaireResponse, List<Observation>> byResponse = new IdentityHashMap<>();

	private SendersOwnScores() {}

	/**
	 * Notes, for the request, which Observations of the transaction are derived from which of its responses. A
	 * batch is left out: its entries succeed or fail one by one, so a response could lose a score that failed.
	 */
	static void noteIn(Bundle transaction, RequestDetails request) {
		if (transaction.getType() != Bundle.BundleType.TRANSACTION) {
			return;
		}
		Map<String, QuestionnaireResponse> responses = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
			if (entry.getResource() instanceof QuestionnaireResponse response && entry.hasFullUrl()) {
				responses.put(entry.getFullUrl(), response);
			}
		}
		SendersOwnScores scores = new SendersOwnScores();
		for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
			if (entry.getResource() instanceof Observation score) {
				for (Reference source : score.getDerivedFrom()) {
					QuestionnaireResponse response = responses.get(source.getReference());
					if (response != null) {
						scores.byResponse.computeIfAbsent(response, r -> new ArrayList<>()).add(score);
					}
				}
			}
		}
		if (request != null && !scores.byResponse.isEmpty()) {
			request.getUserData().put(NOTED, scores);
		}
	}

	/** The results left to store once the scores the sender recorded are taken out, each checked against ours. */
	static List<Observation> notRecordedBySender(List<Observation> results, QuestionnaireResponse response, RequestDetails request) {
		SendersOwnScores noted = request == null ? null : (SendersOwnScores) request.getUserData().get(NOTED);
		List<Observation> recorded = noted == null ? List.of() : noted.byResponse.getOrDefault(response, List.of());
		List<Observation> left = new ArrayList<>();
		for (Observation result : results) {
			Optional<Observation> sent = recorded.stream().filter(score -> shareACoding(score.getCode(), result.getCode())).findFirst();
			if (sent.isEmpty()) {
				left.add(result);
			} else if (!valuesAgree(sent.get().getValue(), result.getValue())) {
				throw Refusal.of(List.of(new Issue("Observation.value", "The Observation '" + result.getCode().getCodingFirstRep().getCode()
						+ "' sent with the response reports " + textOf(sent.get().getValue()) + ", but its answers give " + textOf(result.getValue()))));
			}
		}
		return left;
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
