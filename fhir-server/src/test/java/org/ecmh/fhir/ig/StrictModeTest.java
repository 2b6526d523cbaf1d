package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Strict mode: a resource of a type we profile must claim one of our profiles. Without strict mode, plain
 * FHIR resources are stored as sent. (Conformance of resources that do claim a profile is checked against
 * the running server in ImplementationGuideContract.)
 */
class StrictModeTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final ImplementationGuidePackage IG =
			new ImplementationGuidePackage(new ClassPathResource("ecmh-ig/package.tgz"), FHIR);

	@Test
	void strictModeRefusesAReferralThatClaimsNoEcmhProfile() {
		ProfileConformance strict = conformance(true);

		assertThatThrownBy(() -> strict.beforeCreate(plainReferral(), null))
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> {
					OperationOutcome outcome = (OperationOutcome) refusal.getOperationOutcome();
					org.assertj.core.api.Assertions.assertThat(outcome.getIssueFirstRep().getDiagnostics())
							.contains("ServiceRequest").contains(IG.canonical());
				});
	}

	@Test
	void withoutStrictModeAPlainReferralIsAccepted() {
		ProfileConformance lenient = conformance(false);

		assertThatCode(() -> lenient.beforeCreate(plainReferral(), null)).doesNotThrowAnyException();
	}

	/** Each resource checked as it is stored (one checker), as a single write is. */
	private static ProfileConformance conformance(boolean strict) {
		EntriesCheckedAhead checks = new EntriesCheckedAhead(FHIR, FHIR.newValidator(), 1, new SimpleMeterRegistry());
		return new ProfileConformance(FHIR, checks, IG, strict);
	}

	private static ServiceRequest plainReferral() {
		ServiceRequest referral = new ServiceRequest();
		referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		return referral;
	}
}
