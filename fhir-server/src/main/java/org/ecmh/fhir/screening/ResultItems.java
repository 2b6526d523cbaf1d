package org.ecmh.fhir.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecmh.fhir.screening.Refusal.Issue;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * The read-only items in which a response carries its scores (ecmh-scoring.resultLinkId): a total the client
 * sent must agree with the one computed from its answers; an absent one is filled in.
 */
final class ResultItems {

	/** Checks every result item the client filled and fills the others; refuses the response on any disagreement. */
	void reconcile(Questionnaire questionnaire, QuestionnaireResponse response, ResponseAnswers answers, List<Score> scores) {
		List<Issue> disagreements = new ArrayList<>();
		for (Score score : scores) {
			String linkId = score.rule().resultLinkId();
			// An entered score (ASQ) is its own result item: nothing to compare or fill.
			if (linkId == null || score.rule().items().contains(linkId)) {
				continue;
			}
			QuestionnaireItemComponent definition = answers.definition(linkId);
			Optional<Type> sent = answers.item(linkId).map(item -> item.getAnswerFirstRep().getValue());
			if (sent.isPresent()) {
				disagreement(score, definition, sent.get()).ifPresent(disagreements::add);
			} else {
				computedValue(score, definition).ifPresent(value -> fill(questionnaire, response, linkId, value));
			}
		}
		if (!disagreements.isEmpty()) {
			throw Refusal.of(disagreements);
		}
	}

	/** What the server writes into the item: the band's code for a choice item, else the valid total. */
	private static Optional<Type> computedValue(Score score, QuestionnaireItemComponent definition) {
		if (definition.getType() == QuestionnaireItemType.CHOICE) {
			return score.band().map(Band::valueCode).map(Coding::copy);
		}
		if (!score.isValid()) {
			return Optional.empty();
		}
		return Optional.of(definition.getType() == QuestionnaireItemType.DECIMAL
				? new DecimalType(score.total())
				: new IntegerType(score.total().intValueExact()));
	}

	private static Optional<Issue> disagreement(Score score, QuestionnaireItemComponent definition, Type sent) {
		String linkId = score.rule().resultLinkId();
		String name = score.rule().code().getDisplay();
		if (definition.getType() == QuestionnaireItemType.CHOICE) {
			Optional<Coding> computed = score.band().map(Band::valueCode);
			boolean agrees = computed.isEmpty() || (sent instanceof Coding coding && coding.is(computed.get().getSystem(), computed.get().getCode()));
			return agrees ? Optional.empty() : Optional.of(Issue.atItem(linkId, "Item '" + linkId + "' (" + name + ") holds "
					+ display(sent) + " but the answers give " + display(computed.get())));
		}
		boolean agrees = ResponseAnswers.numberIn(sent).filter(number -> number.compareTo(score.total()) == 0).isPresent();
		return agrees ? Optional.empty() : Optional.of(Issue.atItem(linkId, "Item '" + linkId + "' (" + name + ") holds "
				+ display(sent) + " but the answers sum to " + score.total().toPlainString()));
	}

	private static String display(Type value) {
		return value instanceof Coding coding ? coding.getCode() + (coding.hasDisplay() ? " (" + coding.getDisplay() + ")" : "")
				: value.primitiveValue();
	}

	/** Answers the existing empty item, or adds the item where the Questionnaire puts it. */
	private static void fill(Questionnaire questionnaire, QuestionnaireResponse response, String linkId, Type value) {
		QuestionnaireResponseItemComponent item = ResponseAnswers.itemsOf(response)
				.filter(candidate -> linkId.equals(candidate.getLinkId())).findFirst()
				.orElseGet(() -> insertInQuestionnaireOrder(questionnaire, response, linkId));
		item.addAnswer().setValue(value);
	}

	private static QuestionnaireResponseItemComponent insertInQuestionnaireOrder(
			Questionnaire questionnaire, QuestionnaireResponse response, String linkId) {
		List<String> order = questionnaire.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList();
		int position = order.indexOf(linkId);
		int before = 0;
		while (before < response.getItem().size() && order.indexOf(response.getItem().get(before).getLinkId()) < position) {
			before++;
		}
		QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
		response.getItem().add(before, item);
		return item;
	}
}
