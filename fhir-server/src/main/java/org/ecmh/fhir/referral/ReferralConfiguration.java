package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.HashSet;
import java.util.Set;
import org.ecmh.fhir.ig.ImplementationGuidePackage;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral closed loop and the referral rules inside the server. The Task guard, its trail and
 * auto-proposal are registered with HAPI's interceptor service, not only the REST server, so transactions and
 * internal writes are held to the same loop; the operations are registered on the REST server.
 */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

	@Bean
	BusinessStatuses businessStatuses(ImplementationGuidePackage ig, FhirContext fhirContext) {
		return BusinessStatuses.of(new PackagedDefinitions(ig.bytes(), fhirContext).byCanonical(BusinessStatuses.SYSTEM, CodeSystem.class));
	}

	@Bean
	ReferralTaskGuard referralTaskGuard(FhirContext fhirContext, BusinessStatuses businessStatuses, IInterceptorService interceptors) {
		ReferralTaskGuard guard = new ReferralTaskGuard(fhirContext, businessStatuses);
		interceptors.registerInterceptor(guard);
		return guard;
	}

	@Bean
	ReferralTaskTrail referralTaskTrail(DaoRegistry daos, IInterceptorService interceptors, FhirContext fhirContext) {
		// The trail names the exact Task version each move produced; HAPI strips versions from references unless told.
		Set<String> versioned = new HashSet<>(fhirContext.getParserOptions().getDontStripVersionsFromReferencesAtPaths());
		versioned.add("Provenance.target");
		fhirContext.getParserOptions().setDontStripVersionsFromReferencesAtPaths(versioned);
		ReferralTaskTrail trail = new ReferralTaskTrail(daos.getResourceDao(Provenance.class));
		interceptors.registerInterceptor(trail);
		return trail;
	}

	@Bean
	OverdueReferrals overdueReferrals(DaoRegistry daos, ReferralProperties properties, RestfulServer server) {
		OverdueReferrals overdue = new OverdueReferrals(daos.getResourceDao(Task.class), properties.overdueAfter());
		server.registerProvider(overdue);
		return overdue;
	}

	@Bean
	StoredRules storedRules(DaoRegistry daos) {
		return new StoredRules(daos.getResourceDao(PlanDefinition.class), daos.getResourceDao(ActivityDefinition.class));
	}

	@Bean
	ReferralRules referralRules(StoredRules library, FhirContext fhirContext) {
		FhirPathExpressions expressions = new FhirPathExpressions(fhirContext);
		return new ReferralRules(library, expressions, new Drafts(fhirContext, expressions));
	}

	@Bean
	ApplyOperation applyOperation(StoredRules library, ReferralRules rules, DaoRegistry daos, RestfulServer server) {
		ApplyOperation apply = new ApplyOperation(library, rules, new ScreeningResults(daos.getResourceDao(Observation.class)),
				daos.getResourceDao(PlanDefinition.class), daos.getResourceDao(Patient.class), daos.getResourceDao(Observation.class));
		server.registerProvider(apply);
		return apply;
	}

	@Bean
	@ConditionalOnProperty(name = "ecmh.referral.auto-propose", havingValue = "true")
	AutoProposal autoProposal(StoredRules library, ReferralRules rules, DaoRegistry daos, ReferralProperties properties,
			IInterceptorService interceptors) {
		AutoProposal proposal = new AutoProposal(library, rules, daos.getResourceDao(Patient.class), daos, properties.proposer());
		interceptors.registerInterceptor(proposal);
		return proposal;
	}
}
