package org.ecmh.fhir.screening;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Screening scores in the server: scoring on write and {@code QuestionnaireResponse/$extract}. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean
	ScreeningEngine screeningEngine() {
		return new ScreeningEngine();
	}

	@Bean
	ScreeningInputs screeningInputs(IValidationSupport validationSupport, DaoRegistry daos) {
		return new ScreeningInputs(validationSupport, daos);
	}

	@Bean
	ScoringOnWrite scoringOnWrite(
			ScreeningInputs inputs, ScreeningEngine engine, DaoRegistry daos, ScreeningProperties properties,
			IInterceptorService interceptors, RestfulServer server, FhirContext fhirContext) {
		ResultStore store = new ResultStore(daos);
		ScoringOnWrite scoring = new ScoringOnWrite(inputs, engine, store);
		if (properties.scoreOnWrite()) {
			// HAPI's interceptor service, not only the REST server: transaction entries and internal writes are scored too.
			interceptors.registerInterceptor(scoring);
			// Scores a client sends after their response: only clients send those, so the REST server is enough.
			server.registerInterceptor(new ScoresSentLater(fhirContext, store));
		}
		return scoring;
	}

	@Bean
	ExtractOperation extractOperation(ScreeningInputs inputs, ScreeningEngine engine, DaoRegistry daos, RestfulServer server) {
		ExtractOperation extract = new ExtractOperation(inputs, engine, daos);
		server.registerProvider(extract);
		return extract;
	}
}
