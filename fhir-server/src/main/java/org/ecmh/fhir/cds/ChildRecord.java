package org.ecmh.fhir.cds;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * What the cards are made from: the child, their screening results (ecmh-score) and referrals, and the EHR
 * user the hook was called for ({@code context.userId}, e.g. Practitioner/123; may be null).
 */
record ChildRecord(Patient child, List<Observation> screenings, List<ServiceRequest> referrals, String userId) {

	static final String SCORE_SYSTEM = "http://fhir.ecmh.org/CodeSystem/ecmh-score";
	private static final Set<ObservationStatus> CURRENT = Set.of(ObservationStatus.FINAL, ObservationStatus.AMENDED, ObservationStatus.CORRECTED);
	/** A referral withdrawn or written in error no longer follows up the screen it cites. */
	private static final Set<ServiceRequestStatus> WITHDRAWN = Set.of(ServiceRequestStatus.REVOKED, ServiceRequestStatus.ENTEREDINERROR);

	String childReference() {
		return "Patient/" + child.getIdElement().getIdPart();
	}

	Optional<String> user() {
		return Optional.ofNullable(userId);
	}

	Optional<LocalDate> birthDate() {
		return Optional.ofNullable(child.getBirthDate()).map(ChildRecord::localDate);
	}

	/** Completed months of age on a day. */
	int ageInMonths(LocalDate on) {
		return (int) Period.between(birthDate().orElseThrow(), on).toTotalMonths();
	}

	/** Results that stand (final, amended, corrected) with the score code they carry. */
	List<Observation> currentResults() {
		return screenings.stream().filter(result -> CURRENT.contains(result.getStatus()) && scoreCode(result).isPresent()).toList();
	}

	static Optional<String> scoreCode(Observation result) {
		return result.getCode().getCoding().stream().filter(coding -> SCORE_SYSTEM.equals(coding.getSystem()))
				.map(coding -> coding.getCode()).findFirst();
	}

	boolean isReferred(Observation result) {
		String cited = "Observation/" + result.getIdElement().getIdPart();
		return referrals.stream().filter(referral -> !WITHDRAWN.contains(referral.getStatus()))
				.flatMap(referral -> referral.getReasonReference().stream())
				.anyMatch(reason -> cited.equals(reason.getReferenceElement().toUnqualifiedVersionless().getValue()));
	}

	static LocalDate localDate(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}
}
