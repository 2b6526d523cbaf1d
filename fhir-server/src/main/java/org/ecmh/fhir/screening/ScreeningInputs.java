package org.ecmh.fhir.screening;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** What scoring needs from the repository: the response's Questionnaire and the child's age. */
class ScreeningInputs {

	private final IValidationSupport validationSupport;
	private final IFhirResourceDao<Patient> patients;

	ScreeningInputs(IValidationSupport validationSupport, DaoRegistry daos) {
		this.validationSupport = validationSupport;
		this.patients = daos.getResourceDao(Patient.class);
	}

	/**
	 * The Questionnaire the response answers, when it is an ECMH screening instrument (it has scoring rules).
	 * Fetched through the validation support chain, which finds installed Questionnaires by canonical URL and
	 * caches them.
	 */
	Optional<Questionnaire> screeningQuestionnaireOf(QuestionnaireResponse response) {
		if (!response.hasQuestionnaire()) {
			return Optional.empty();
		}
		return Optional.ofNullable(validationSupport.fetchResource(Questionnaire.class, response.getQuestionnaire()))
				.filter(questionnaire -> !ScoringRule.of(questionnaire).isEmpty());
	}

	/**
	 * The child's age in months when the response was authored; empty when the subject is not a Patient
	 * reference or the child has no full birth date. Only called once the child must exist: before commit
	 * (references checked and resolved) or for $extract.
	 *
	 * @param transaction the transaction writing the response: a child written in it is taken from there
	 *                    instead of being read back (an empty one for $extract)
	 */
	OptionalInt childAgeOf(QuestionnaireResponse response, TransactionDetails transaction) {
		IIdType subject = response.getSubject().getReferenceElement();
		boolean storedPatient = "Patient".equals(subject.getResourceType()) && subject.hasIdPart() && !subject.getValue().contains("?");
		if (!storedPatient) {
			return OptionalInt.empty();
		}
		IIdType childId = subject.toUnqualifiedVersionless();
		Patient child = transaction.getResolvedResource(childId) instanceof Patient written
				? written
				: patients.read(childId, new SystemRequestDetails());
		return ChildAge.inMonths(child.getBirthDateElement(), response.getAuthoredElement());
	}
}
