package org.ecmh.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecmh.fhir.referral.ApplyOperation;
import org.ecmh.fhir.referral.OverdueReferrals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CDS Hooks service, a plain Spring MVC controller beside the FHIR servlet. HAPI's
 * hapi-fhir-server-cds-hooks module is not used: it is not in the build's offline repository, and it brings its
 * own service registry and CQL/Clinical Reasoning wiring for what here is three findings over our own rules.
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksConfiguration {

	@Bean
	ChildRecords childRecords(FhirContext fhirContext, DaoRegistry daos) {
		return new ChildRecords(fhirContext, daos);
	}

	@Bean
	DueScreeningCards dueScreeningCards(CdsHooksProperties properties) {
		return new DueScreeningCards(properties);
	}

	@Bean
	UnreferredScreenCards unreferredScreenCards(ApplyOperation apply, FhirContext fhirContext, ObjectMapper json, CdsHooksProperties properties) {
		return new UnreferredScreenCards(apply, fhirContext, json, properties);
	}

	@Bean
	OverdueReferralCards overdueReferralCards(OverdueReferrals overdue, CdsHooksProperties properties) {
		return new OverdueReferralCards(overdue, properties);
	}
}
