package org.ecmh.fhir.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import org.apache.catalina.core.StandardHost;
import org.ecmh.fhir.server.FhirServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Guards that refuse bad input with a clear 4xx before it reaches HAPI's parser or storage. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(FhirServerProperties properties, FhirContext fhirContext) {
		RequestBodyLimit limit = new RequestBodyLimit(
				properties.maxRequestBody().toBytes(), new OperationOutcomeResponder(fhirContext));
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(limit);
		registration.addUrlPatterns(properties.urlMapping());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	// After the body limit, so a body too large is refused rather than read.
	@Bean
	FilterRegistrationBean<IgnoredBodyDrain> ignoredBodyDrain(FhirServerProperties properties) {
		FilterRegistrationBean<IgnoredBodyDrain> registration = new FilterRegistrationBean<>(new IgnoredBodyDrain());
		registration.addUrlPatterns(properties.urlMapping());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Sends "100 Continue" only once the server starts reading a body, so a client that announces an
	 * oversized body with {@code Expect: 100-continue} is told 413 before it uploads anything.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnlyWhenBodyIsRead() {
		return factory -> factory.addConnectorCustomizers(
				connector -> connector.setProperty("continueResponseTiming", "onRead"));
	}

	/** Errors Tomcat answers itself (before the application runs) come back as OperationOutcomes too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> operationOutcomeErrorPage() {
		return factory -> factory.addContextCustomizers(context ->
				((StandardHost) context.getParent()).setErrorReportValveClass(OperationOutcomeErrorPage.class.getName()));
	}

	@Bean
	RequestShape requestShape() {
		return new RequestShape();
	}

	// With HAPI's interceptor service, not only the REST server, so transaction entries are checked too.
	@Bean
	StringRules stringRules(FhirContext fhirContext, IInterceptorService interceptors) {
		StringRules rules = new StringRules(fhirContext);
		interceptors.registerInterceptor(rules);
		return rules;
	}

	@Bean
	ClientFaults clientFaults() {
		return new ClientFaults();
	}
}
