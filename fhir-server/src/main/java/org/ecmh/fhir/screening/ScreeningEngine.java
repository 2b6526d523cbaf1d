package org.ecmh.fhir.screening;

import java.util.List;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Scoring of one response against its Questionnaire's ecmh-scoring rules: its result items checked and
 * filled, and the screening-result Observations it yields. Reads and writes nothing but its arguments.
 */
public final class ScreeningEngine {

	private final ScreeningScorer scorer = new ScreeningScorer();
	private final ResultItems resultItems = new ResultItems();

	/**
	 * Refuses (422) a response whose result items disagree with its answers, and fills absent ones. This runs
	 * before the response is stored, when its child may not be stored yet (same transaction), so without the
	 * child's age: totals do not depend on it, and a coded result item is only checked or filled from a band
	 * that does not depend on it either.
	 */
	public void reconcile(Questionnaire questionnaire, QuestionnaireResponse response) {
		ResponseAnswers answers = scorer.answersOf(questionnaire, response);
		resultItems.reconcile(questionnaire, response, answers, scorer.score(questionnaire, answers, OptionalInt.empty()));
	}

	/**
	 * The results the response yields now: none when it was entered in error; while it is in progress, only
	 * scores with enough answers; once completed, also indeterminate results of scores with too few answers.
	 *
	 * @param reference how the results point back at the response (derivedFrom)
	 */
	public List<Observation> results(Questionnaire questionnaire, QuestionnaireResponse response, OptionalInt ageInMonths,
			Reference reference) {
		ScreenedResponse screened = ScreenedResponse.of(response, reference);
		if (screened.isEnteredInError()) {
			return List.of();
		}
		ResponseAnswers answers = scorer.answersOf(questionnaire, response);
		return scorer.score(questionnaire, answers, ageInMonths).stream()
				.filter(score -> score.isValid() || !screened.isInProgress())
				.map(score -> ResultObservations.of(score, screened))
				.toList();
	}
}
