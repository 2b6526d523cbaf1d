package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ResourceLoader;

/** The IG inside the server: its package, its installation, its enforcement on write and by {@code $validate}. */
@Configuration(proxyBeanMethods = false)
class IgConfiguration {

	@Bean
	ImplementationGuidePackage implementationGuidePackage(IgProperties properties, ResourceLoader resources, FhirContext fhirContext) {
		return new ImplementationGuidePackage(resources.getResource(properties.packageLocation()), fhirContext);
	}

	@Bean
	PackageInstallation packageInstallation(
			IPackageInstallerSvc installer,
			IHapiPackageCacheManager installedPackages,
			DaoRegistry daos,
			ImplementationGuidePackage ig,
			IgProperties properties) {
		InstalledDefinitions definitions = new InstalledDefinitions(daos, ig, properties.installResourceTypes());
		return new PackageInstallation(installer, installedPackages, definitions, ig, properties);
	}

	@Bean
	ReindexOnlyStoredResources reindexOnlyStoredResources(
			DaoRegistry daos, ISearchParamRegistry searchParameters, IInterceptorService interceptors) {
		ReindexOnlyStoredResources reindex = new ReindexOnlyStoredResources(daos, searchParameters);
		interceptors.registerInterceptor(reindex);
		return reindex;
	}

	@Bean
	EntriesCheckedAhead entriesCheckedAhead(
			FhirContext fhirContext, IValidationSupport validationSupport, IgProperties properties, MeterRegistry meters) {
		FhirValidator validator = fhirContext.newValidator();
		validator.registerValidatorModule(new PooledInstanceValidator(validationSupport, properties.validatorPool()));
		int threads = properties.transactionCheckThreads() > 0
				? properties.transactionCheckThreads()
				: Runtime.getRuntime().availableProcessors();
		return new EntriesCheckedAhead(fhirContext, validator, threads, meters);
	}

	@Bean
	ProfileConformance profileConformance(
			FhirContext fhirContext,
			EntriesCheckedAhead checks,
			ImplementationGuidePackage ig,
			IgProperties properties,
			IInterceptorService interceptors) {
		ProfileConformance conformance = new ProfileConformance(fhirContext, checks, ig, properties.strict());
		// Registered with HAPI's interceptor service, not only the REST server, so every write path is covered.
		interceptors.registerInterceptor(conformance);
		return conformance;
	}

	/**
	 * {@code $validate} with every setting of HAPI's own module (the JPA bean {@code myInstanceValidator}: its
	 * resource fetcher, policy advisor, best-practice level), pooled. HAPI's DAOs look the module up by type, so
	 * this one, primary, takes its place.
	 */
	@Bean
	@Primary
	IInstanceValidatorModule pooledInstanceValidator(
			@Qualifier("myInstanceValidator") IInstanceValidatorModule hapis, IgProperties properties) {
		return PooledInstanceValidator.configuredAs((FhirInstanceValidator) hapis, properties.validatorPool());
	}

	@Bean
	CapabilityStatementProfiles capabilityStatementProfiles(ImplementationGuidePackage ig) {
		return new CapabilityStatementProfiles(ig);
	}
}
