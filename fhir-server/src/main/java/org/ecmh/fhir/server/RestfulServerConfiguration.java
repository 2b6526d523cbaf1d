package org.ecmh.fhir.server;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint: HAPI's {@link RestfulServer} with the JPA resource providers, mounted at
 * {@link FhirServerProperties#path()}. Feature packages contribute interceptors as beans of type
 * {@link FhirServerInterceptor}; this class registers them.
 */
@Configuration(proxyBeanMethods = false)
class RestfulServerConfiguration {

	@Bean
	RestfulServer restfulServer(
			IFhirSystemDao<?, ?> systemDao,
			ResourceProviderFactory resourceProviders,
			IJpaSystemProvider systemProvider,
			ValueSetOperationProvider valueSetOperations,
			DatabaseBackedPagingProvider paging,
			JpaStorageSettings storageSettings,
			ISearchParamRegistry searchParamRegistry,
			IValidationSupport validationSupport,
			FhirServerProperties properties,
			BuildProperties build,
			ObjectProvider<FhirServerInterceptor> interceptors) {
		// Unknown elements, wrong types and malformed values are client errors, not warnings to drop silently.
		systemDao.getContext().setParserErrorHandler(new StrictErrorHandler());

		RestfulServer server = new RestfulServer(systemDao.getContext());
		server.setServerName(properties.serverName());
		server.setServerVersion(build.getVersion());
		server.setImplementationDescription(build.getName());
		server.registerProviders(resourceProviders.createProviders());
		server.registerProvider(systemProvider);
		server.registerProvider(valueSetOperations);
		server.setPagingProvider(paging);
		server.setServerConformanceProvider(new JpaCapabilityStatementProvider(
				server, systemDao, storageSettings, searchParamRegistry, validationSupport));
		interceptors.orderedStream().forEach(server::registerInterceptor);
		return server;
	}

	@Bean
	ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer server, FhirServerProperties properties) {
		ServletRegistrationBean<RestfulServer> registration =
				new ServletRegistrationBean<>(server, properties.urlMapping());
		registration.setLoadOnStartup(1);
		return registration;
	}
}
