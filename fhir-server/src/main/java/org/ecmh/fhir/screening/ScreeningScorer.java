package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * Scores a response with the ecmh-scoring rules of its Questionnaire: sums the answer weights of each rule's
 * items and finds the first band that holds. Knows no instrument: every cut-off comes from the Questionnaire.
 */
public final class ScreeningScorer {

	ResponseAnswers answersOf(Questionnaire questionnaire, QuestionnaireResponse response) {
		return new ResponseAnswers(questionnaire, response);
	}

	/**
	 * Every score of the response whose items were answered at all (an unadministered part, such as an
	 * M-CHAT-R/F Follow-Up not given, yields nothing rather than an indeterminate result).
	 *
	 * @param ageInMonths the child's age in completed months on the day the response was authored, if known
	 */
	List<Score> score(Questionnaire questionnaire, ResponseAnswers answers, OptionalInt ageInMonths) {
		return ScoringRule.of(questionnaire).stream()
				.map(rule -> score(rule, answers, ageInMonths))
				.filter(score -> score.answered() > 0)
				.toList();
	}

	private Score score(ScoringRule rule, ResponseAnswers answers, OptionalInt ageInMonths) {
		List<BigDecimal> weights = rule.items().stream().map(answers::weight).flatMap(Optional::stream).toList();
		BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean decimal = rule.items().stream().anyMatch(answers::isDecimal);
		Score unbanded = new Score(rule, total, decimal, weights.size(), Optional.empty());
		if (!unbanded.isValid()) {
			return unbanded;
		}
		return new Score(rule, total, decimal, weights.size(), bandOf(rule, total, answers, ageInMonths));
	}

	/**
	 * The first band that holds. Bands outside the child's age are skipped; a band that cannot be decided
	 * (age unknown, or its cut-off item unanswered) stops the search, since a later band could wrongly clear
	 * the child: the result is then indeterminate.
	 */
	private static Optional<Band> bandOf(ScoringRule rule, BigDecimal total, ResponseAnswers answers, OptionalInt ageInMonths) {
		for (Band band : rule.bands()) {
			if (band.isAgeBanded() && ageInMonths.isEmpty()) {
				return Optional.empty();
			}
			if (band.isAgeBanded() && !band.coversAge(ageInMonths.getAsInt())) {
				continue;
			}
			Optional<BigDecimal> cutOff = band.cutOff() != null ? Optional.of(band.cutOff()) : answers.number(band.cutOffLinkId());
			if (cutOff.isEmpty()) {
				return Optional.empty();
			}
			if (band.comparator().holds(total, cutOff.get())) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}
}
