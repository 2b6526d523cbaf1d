package org.ecmh.fhir.screening;

import java.util.Optional;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * What a result needs to know about the response it comes from: where it is filed (the child), who was
 * screened when it is the caregiver, who answered, when, and how the result points back at it.
 *
 * @param storedId the response's id on this server, or empty while it is not stored
 * @param reference how results refer to the response (its id, or a placeholder in an extract Bundle)
 */
record ScreenedResponse(
		Optional<IdType> storedId,
		Reference reference,
		Reference child,
		Optional<Reference> caregiver,
		Reference respondent,
		DateTimeType authored,
		Reference encounter,
		QuestionnaireResponseStatus status) {

	/** The IG's extension naming the family member screened when it is not the child. */
	static final String FOCUS = "http://fhir.ecmh.org/StructureDefinition/ecmh-focus";

	static ScreenedResponse of(QuestionnaireResponse response, Reference reference) {
		Optional<IdType> storedId = response.getIdElement().hasIdPart()
				? Optional.of(new IdType("QuestionnaireResponse", response.getIdElement().getIdPart()))
				: Optional.empty();
		return new ScreenedResponse(
				storedId,
				reference,
				response.getSubject(),
				caregiverOf(response),
				response.getSource(),
				response.getAuthoredElement(),
				response.getEncounter(),
				response.getStatus());
	}

	/** The caregiver screened: named by ecmh-focus, or else the caregiver who answered about themselves. */
	private static Optional<Reference> caregiverOf(QuestionnaireResponse response) {
		if (response.hasExtension(FOCUS)) {
			return Optional.of((Reference) response.getExtensionByUrl(FOCUS).getValue());
		}
		return response.hasSource() ? Optional.of(response.getSource()) : Optional.empty();
	}

	/** Answers given so far, not yet completed: only scores the instrument allows from them are reported. */
	boolean isInProgress() {
		return status == QuestionnaireResponseStatus.INPROGRESS || status == QuestionnaireResponseStatus.STOPPED;
	}

	boolean isEnteredInError() {
		return status == QuestionnaireResponseStatus.ENTEREDINERROR;
	}
}
