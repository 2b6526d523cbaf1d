package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/** A response to one shipped Questionnaire, filled in as a caregiver would, and the results it yields. */
final class Screen {

	static final ScreeningEngine ENGINE = new ScreeningEngine();
	static final Reference RESPONSE = new Reference("QuestionnaireResponse/r1");

	final Questionnaire questionnaire;
	final QuestionnaireResponse response = new QuestionnaireResponse();
	OptionalInt ageInMonths = OptionalInt.empty();

	private Screen(String questionnaireId) {
		questionnaire = ShippedGuide.questionnaire(questionnaireId);
		response.setId("r1");
		response.setQuestionnaire(questionnaire.getUrl());
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference("Patient/child"));
		response.setSource(new Reference("RelatedPerson/mother"));
		response.setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-11-16T09:40:00-05:00"));
	}

	static Screen of(String questionnaireId) {
		return new Screen(questionnaireId);
	}

	Screen childAged(int months) {
		ageInMonths = OptionalInt.of(months);
		return this;
	}

	/** Chooses the answer option printed at {@code position} (0 = first). */
	Screen choose(String linkId, int position) {
		return answer(linkId, option(linkId, position).getValueCoding());
	}

	/** Chooses the option whose weight is {@code weight}. */
	Screen weigh(String linkId, int weight) {
		Coding chosen = options(linkId).stream()
				.filter(option -> weightOf(option).compareTo(BigDecimal.valueOf(weight)) == 0)
				.findFirst().orElseThrow().getValueCoding();
		return answer(linkId, chosen);
	}

	/** Answers the items so that their weights add up to {@code total}, heaviest answers first. */
	Screen scoring(int total, List<String> linkIds) {
		int remaining = total;
		for (String linkId : linkIds) {
			int heaviest = options(linkId).stream().map(Screen::weightOf).max(BigDecimal::compareTo).orElseThrow().intValue();
			int weight = Math.min(heaviest, remaining);
			weigh(linkId, weight);
			remaining -= weight;
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total + " with " + linkIds);
		}
		return this;
	}

	Screen answer(String linkId, org.hl7.fhir.r4.model.Type value) {
		response.addItem().setLinkId(linkId).addAnswer().setValue(value);
		return this;
	}

	Screen enter(String linkId, double number) {
		return answer(linkId, new DecimalType(number));
	}

	Screen status(QuestionnaireResponseStatus status) {
		response.setStatus(status);
		return this;
	}

	List<Observation> results() {
		ENGINE.reconcile(questionnaire, response);
		return ENGINE.results(questionnaire, response, ageInMonths, RESPONSE);
	}

	Optional<Observation> result(String scoreCode) {
		return results().stream()
				.filter(o -> o.getCode().getCoding().stream().anyMatch(c -> c.getCode().equals(scoreCode)))
				.findFirst();
	}

	static List<String> items(String prefix, int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
	}

	private QuestionnaireItemAnswerOptionComponent option(String linkId, int position) {
		return options(linkId).get(position);
	}

	private List<QuestionnaireItemAnswerOptionComponent> options(String linkId) {
		return questionnaire.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow().getAnswerOption();
	}

	private static BigDecimal weightOf(QuestionnaireItemAnswerOptionComponent option) {
		return ((DecimalType) option.getExtensionByUrl(ResponseAnswers.ORDINAL_VALUE).getValue()).getValue();
	}
}
