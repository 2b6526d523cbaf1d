package org.ecmh.fhir.screening;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Scores the sender recorded itself: Observations sent in the same transaction as the screening response they
 * are derived from (by its fullUrl, or by its id when the transaction updates it), coded with one of its scores.
 * Such an Observation is the response's result for that score. The server checks its value against the answers
 * (422 when they disagree) and stores no second result beside it, which would count one screen twice. A response
 * written on its own gets all its results from the server.
 */
final class SendersOwnScores {

	private static final String NOTED = SendersOwnScores.class.getName();
	private static final String RESPONSE = "QuestionnaireResponse";

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
			if (entry.getResource() instanceof QuestionnaireResponse response) {
				if (entry.hasFullUrl()) {
					responses.put(entry.getFullUrl(), response);
				}
				storedResponseWrittenBy(entry).ifPresent(id -> responses.put(id, response));
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

	/** The stored response an entry of a bundle writes by its id ({@code QuestionnaireResponse/<id>}). */
	static Optional<String> storedResponseWrittenBy(Bundle.BundleEntryComponent entry) {
		IdType target = new IdType(entry.getRequest().getUrl());
		boolean byId = RESPONSE.equals(target.getResourceType()) && target.hasIdPart();
		return byId ? Optional.of(target.toUnqualifiedVersionless().getValue()) : Optional.empty();
	}

	/** The results left to store once the scores the sender recorded are taken out, each checked against ours. */
	static List<Observation> notRecordedBySender(List<Observation> results, QuestionnaireResponse response, RequestDetails request) {
		SendersOwnScores noted = request == null ? null : (SendersOwnScores) request.getUserData().get(NOTED);
		List<Observation> recorded = noted == null ? List.of() : noted.byResponse.getOrDefault(response, List.of());
		List<Observation> left = new ArrayList<>();
		for (Observation result : results) {
			Optional<Observation> sent = recorded.stream().filter(score -> ScoreAgreement.sameScore(score, result)).findFirst();
			if (sent.isEmpty()) {
				left.add(result);
			} else {
				ScoreAgreement.check(sent.get(), result, "with the response");
			}
		}
		return left;
	}
}
