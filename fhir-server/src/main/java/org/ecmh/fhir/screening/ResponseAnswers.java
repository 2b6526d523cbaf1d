package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * The answers of one response, item by item, weighed as the Questionnaire says: a chosen option weighs its
 * {@code ordinalValue}; an integer or decimal answer (a score entered from licensed material) weighs itself.
 */
final class ResponseAnswers {

	/** Core R4 extension carrying an answer option's weight (SDC STU4 renames it itemWeight). */
	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	private final Map<String, QuestionnaireItemComponent> definitions;
	private final Map<String, QuestionnaireResponseItemComponent> answered;

	ResponseAnswers(Questionnaire questionnaire, QuestionnaireResponse response) {
		this.definitions = definitionsWithin(questionnaire.getItem())
				.collect(Collectors.toMap(QuestionnaireItemComponent::getLinkId, Function.identity(), (first, repeated) -> first));
		// An item answered in two places would be counted twice or not at all: neither is a valid score.
		this.answered = itemsOf(response).filter(QuestionnaireResponseItemComponent::hasAnswer)
				.collect(Collectors.toMap(QuestionnaireResponseItemComponent::getLinkId, Function.identity(), (first, repeated) -> {
					throw Refusal.atItem(first.getLinkId(), "Item '" + first.getLinkId() + "' is answered more than once");
				}));
	}

	/** Every item of a response, nested ones too (within items and within answers), in document order. */
	static Stream<QuestionnaireResponseItemComponent> itemsOf(QuestionnaireResponse response) {
		return itemsWithin(response.getItem());
	}

	private static Stream<QuestionnaireResponseItemComponent> itemsWithin(List<QuestionnaireResponseItemComponent> items) {
		return items.stream().flatMap(item -> Stream.of(
				Stream.of(item),
				itemsWithin(item.getItem()),
				item.getAnswer().stream().flatMap(answer -> itemsWithin(answer.getItem()))).flatMap(Function.identity()));
	}

	private static Stream<QuestionnaireItemComponent> definitionsWithin(List<QuestionnaireItemComponent> items) {
		return items.stream().flatMap(item -> Stream.concat(Stream.of(item), definitionsWithin(item.getItem())));
	}

	boolean isAnswered(String linkId) {
		return answered.containsKey(linkId);
	}

	/** Whether the item takes a decimal entered from licensed material (an ASQ score) rather than an option. */
	boolean isDecimal(String linkId) {
		return definitions.containsKey(linkId) && definitions.get(linkId).getType() == QuestionnaireItemType.DECIMAL;
	}

	QuestionnaireItemComponent definition(String linkId) {
		return definitions.get(linkId);
	}

	/** The response item holding answers to {@code linkId}, if it was answered. */
	Optional<QuestionnaireResponseItemComponent> item(String linkId) {
		return Optional.ofNullable(answered.get(linkId));
	}

	/** The weight of the answer(s) to an item; empty when it is unanswered. */
	Optional<BigDecimal> weight(String linkId) {
		return item(linkId).map(item -> item.getAnswer().stream()
				.map(answer -> weightOf(linkId, answer))
				.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** The number entered in an item (a cut-off from licensed material); empty when it is unanswered. */
	Optional<BigDecimal> number(String linkId) {
		return item(linkId).map(item -> numberOf(linkId, item.getAnswerFirstRep().getValue()));
	}

	private BigDecimal weightOf(String linkId, QuestionnaireResponseItemAnswerComponent answer) {
		if (!answer.hasValueCoding()) {
			return numberOf(linkId, answer.getValue());
		}
		Coding chosen = answer.getValueCoding();
		QuestionnaireItemAnswerOptionComponent option = optionOf(linkId, chosen);
		if (!option.hasExtension(ORDINAL_VALUE)) {
			throw Refusal.atItem(linkId, "Answer " + chosen.getSystem() + "|" + chosen.getCode() + " to item '" + linkId
					+ "' has no weight (ordinalValue) in the Questionnaire, so it cannot be scored");
		}
		Type weight = option.getExtensionByUrl(ORDINAL_VALUE).getValue();
		return weight.castToDecimal(weight).getValue();
	}

	private QuestionnaireItemAnswerOptionComponent optionOf(String linkId, Coding chosen) {
		QuestionnaireItemComponent definition = definitions.get(linkId);
		List<QuestionnaireItemAnswerOptionComponent> options = definition == null ? List.of() : definition.getAnswerOption();
		return options.stream()
				.filter(option -> option.hasValueCoding() && option.getValueCoding().is(chosen.getSystem(), chosen.getCode()))
				.findFirst()
				.orElseThrow(() -> Refusal.atItem(linkId, "Answer " + chosen.getSystem() + "|" + chosen.getCode()
						+ " is not an answer option of item '" + linkId + "'"));
	}

	private static BigDecimal numberOf(String linkId, Type value) {
		return numberIn(value).orElseThrow(() ->
				Refusal.atItem(linkId, "Item '" + linkId + "' is scored, so its answer must be a coded option or a number"));
	}

	/** The number an integer or decimal value holds; empty for any other value or none. */
	static Optional<BigDecimal> numberIn(Type value) {
		return value != null && value.isPrimitive() && value.fhirType().matches("integer|decimal")
				? Optional.of(new BigDecimal(value.primitiveValue()))
				: Optional.empty();
	}
}
