package org.ecmh.fhir.screening;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Type;

/**
 * One score a Questionnaire yields, read from its ecmh-scoring extension (see the IG's screening page):
 * which items sum into it, how many must be answered, whose score it is, and its ordered result bands.
 *
 * @param resultLinkId  the read-only item that holds the score in the response, or null
 * @param minAnswered   fewest answered items for a valid score (all items when the rule does not say)
 * @param screenedPerson child, caregiver or household
 */
record ScoringRule(
		Coding code,
		Coding category,
		List<Coding> equivalents,
		List<String> items,
		List<String> reversed,
		int minAnswered,
		String resultLinkId,
		String screenedPerson,
		List<Band> bands) {

	static final String URL = "http://fhir.ecmh.org/StructureDefinition/ecmh-scoring";
	static final String CAREGIVER = "caregiver";

	/** The rules of a Questionnaire, in the order it lists them; none when it is not an ECMH screening instrument. */
	static List<ScoringRule> of(Questionnaire questionnaire) {
		return questionnaire.getExtensionsByUrl(URL).stream().map(ScoringRule::of).toList();
	}

	static ScoringRule of(Extension rule) {
		List<String> items = strings(rule, "item");
		return new ScoringRule(
				coding(rule, "code"),
				coding(rule, "category"),
				rule.getExtensionsByUrl("equivalent").stream().map(e -> (Coding) e.getValue()).toList(),
				items,
				strings(rule, "reversed"),
				Optional.ofNullable(value(rule, "minAnswered")).map(v -> v.castToInteger(v).getValue()).orElse(items.size()),
				string(rule, "resultLinkId"),
				string(rule, "screenedPerson"),
				rule.getExtensionsByUrl("band").stream().map(Band::of).toList());
	}

	boolean screensCaregiver() {
		return CAREGIVER.equals(screenedPerson);
	}

	// --- reading sub-extensions -------------------------------------------------------------------------

	static Type value(Extension parent, String url) {
		Extension child = parent.getExtensionByUrl(url);
		return child == null ? null : child.getValue();
	}

	static String string(Extension parent, String url) {
		Type value = value(parent, url);
		return value == null ? null : value.primitiveValue();
	}

	static Coding coding(Extension parent, String url) {
		return (Coding) value(parent, url);
	}

	private static List<String> strings(Extension parent, String url) {
		return parent.getExtensionsByUrl(url).stream().map(e -> e.getValue().primitiveValue()).toList();
	}
}
