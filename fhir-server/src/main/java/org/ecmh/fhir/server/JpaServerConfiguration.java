package org.ecmh.fhir.server;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.IDaoRegistry;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.ResourceCountCacheUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.jpa.util.ResourceCountCache;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * HAPI's JPA server for FHIR R4, assembled from HAPI's own configuration classes plus the few beans they
 * expect an application to supply. Settings that clients can feel come from {@link FhirServerProperties}.
 */
@Configuration(proxyBeanMethods = false)
@Import({
	JpaR4Config.class,
	ThreadPoolFactoryConfig.class,
	// Background jobs (reindexing after a SearchParameter change, bulk export) and the in-process message
	// broker that hands their work chunks to workers.
	JpaBatch2Config.class,
	Batch2JobsConfig.class,
	SubscriptionChannelConfig.class
})
class JpaServerConfiguration {

	@Bean
	static BeanTypesSettledEarly beanTypesSettledEarly() {
		return new BeanTypesSettledEarly();
	}

	@Bean
	static SearchParameterIdentitiesOnDemand searchParameterIdentitiesOnDemand() {
		return new SearchParameterIdentitiesOnDemand();
	}

	@Bean
	JpaStorageSettings jpaStorageSettings(FhirServerProperties properties) {
		JpaStorageSettings settings = new JpaStorageSettings();
		// References must point at resources that exist: a dangling reference is a client error.
		settings.setEnforceReferentialIntegrityOnWrite(true);
		settings.setEnforceReferentialIntegrityOnDelete(true);
		settings.setAutoCreatePlaceholderReferenceTargets(false);
		settings.setAllowExternalReferences(false);
		settings.setReuseCachedSearchResultsForMillis(
				properties.searchCacheReuse().isZero() ? null : properties.searchCacheReuse().toMillis());
		settings.setFetchSizeDefaultMaximum(properties.maxPageSize());
		// meta.profile, meta.tag and meta.security stay in the stored resource and are indexed like any search
		// parameter. HAPI's default keeps them as shared tag-definition rows, whose cached entities concurrent
		// writes of the same profile can attach to two sessions at once (a 500, about 1 in 600 writes from 4
		// clients); every resource of ours claims a profile, so that path was hot. It also saves rows per write.
		settings.setTagStorageMode(JpaStorageSettings.TagStorageModeEnum.INLINE);
		return settings;
	}

	@Bean
	PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Bean
	DatabaseBackedPagingProvider databaseBackedPagingProvider(FhirServerProperties properties) {
		DatabaseBackedPagingProvider paging = new DatabaseBackedPagingProvider();
		paging.setDefaultPageSize(properties.defaultPageSize());
		paging.setMaximumPageSize(properties.maxPageSize());
		return paging;
	}

	@Bean
	IStaleSearchDeletingSvc staleSearchDeletingSvc() {
		return new StaleSearchDeletingSvcImpl();
	}

	@Bean
	IResourceSupportedSvc resourceSupportedSvc(IDaoRegistry daoRegistry) {
		return new DaoRegistryResourceSupportedSvc(daoRegistry);
	}

	@Bean(name = "myResourceCountsCache")
	ResourceCountCache resourceCountsCache(IFhirSystemDao<?, ?> systemDao) {
		return ResourceCountCacheUtil.newResourceCountCache(systemDao);
	}
}
