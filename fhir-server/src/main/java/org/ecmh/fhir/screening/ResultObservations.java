package org.ecmh.fhir.screening;

import java.util.List;
import org.ecmh.fhir.screening.Refusal.Issue;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.codesystems.DataAbsentReason;

/** Turns a score into the screening-result Observation of the IG (child or caregiver profile). */
final class ResultObservations {

	static final String CHILD_PROFILE = "http://fhir.ecmh.org/StructureDefinition/ecmh-screening-result";
	static final String CAREGIVER_PROFILE = "http://fhir.ecmh.org/StructureDefinition/ecmh-caregiver-screening-result";
	static final String PARTIAL = "http://fhir.ecmh.org/StructureDefinition/ecmh-score-partial";
	/** One result per response and score: the key that makes re-scoring a response update, not duplicate. */
	static final String IDENTIFIER_SYSTEM = "http://fhir.ecmh.org/identifier/screening-result";
	static final Coding SURVEY = new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");
	static final Quantity SCORE_UNIT = new Quantity().setUnit("{score}").setSystem("http://unitsofmeasure.org").setCode("{score}");

	private ResultObservations() {}

	static Observation of(Score score, ScreenedResponse response) {
		ScoringRule rule = score.rule();
		Observation result = new Observation();
		result.getMeta().addProfile(rule.screensCaregiver() ? CAREGIVER_PROFILE : CHILD_PROFILE);
		response.storedId().ifPresent(id -> result.addIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(identifierOf(id.getValue(), rule)));
		result.setStatus(response.status() == QuestionnaireResponseStatus.AMENDED ? ObservationStatus.AMENDED : ObservationStatus.FINAL);
		result.addCategory(new CodeableConcept(SURVEY.copy()));
		result.addCategory(new CodeableConcept(rule.category().copy()));
		result.getCode().addCoding(rule.code().copy());
		rule.equivalents().forEach(equivalent -> result.getCode().addCoding(equivalent.copy()));
		result.setSubject(response.child().copy());
		if (rule.screensCaregiver()) {
			result.addFocus(response.caregiver().orElseThrow(() -> Refusal.of(List.of(new Issue("QuestionnaireResponse.source",
					rule.code().getDisplay() + " screens the caregiver: name them in extension ecmh-focus or in source")))).copy());
		}
		result.setEncounter(response.encounter().copy());
		result.setEffective(response.authored().copy());
		if (response.respondent().hasReference()) {
			result.addPerformer(response.respondent().copy());
		}
		setValue(result, score);
		result.addInterpretation(new CodeableConcept(score.interpretation().copy()));
		score.result().ifPresent(band -> result.addInterpretation(new CodeableConcept(band.copy())));
		result.addDerivedFrom(response.reference().copy());
		return result;
	}

	static String identifierOf(String responseId, ScoringRule rule) {
		return responseId + "/" + rule.code().getCode();
	}

	private static void setValue(Observation result, Score score) {
		if (!score.isValid()) {
			result.setDataAbsentReason(new CodeableConcept(new Coding(
					DataAbsentReason.UNKNOWN.getSystem(), DataAbsentReason.UNKNOWN.toCode(), DataAbsentReason.UNKNOWN.getDisplay())));
			return;
		}
		if (score.isPartial()) {
			Extension partial = result.addExtension().setUrl(PARTIAL);
			partial.addExtension("answered", new IntegerType(score.answered()));
			partial.addExtension("expected", new IntegerType(score.rule().items().size()));
		}
		Band band = score.band().orElse(null);
		if (band != null && band.valueCode() != null) {
			result.setValue(new CodeableConcept(band.valueCode().copy()));
		} else if (score.decimal()) {
			result.setValue(SCORE_UNIT.copy().setValue(score.total()));
		} else {
			result.setValue(new IntegerType(score.total().intValueExact()));
		}
	}
}
