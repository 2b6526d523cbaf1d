package org.ecmh.fhir.storage;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI's JPA persistence unit on the configured data source. The schema is owned by HAPI's migrator,
 * never by Hibernate's {@code hbm2ddl}, so H2 and PostgreSQL get exactly the schema HAPI tests.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	DatabaseKind databaseKind(DataSourceProperties dataSource) {
		return DatabaseKind.ofJdbcUrl(dataSource.determineUrl());
	}

	/**
	 * Spring Boot's Hikari pool, as it would build it from {@code spring.datasource.*}, with one addition on
	 * PostgreSQL: the session's plan cache mode (see {@link StorageProperties#postgresPlanCacheMode()}).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties dataSource, DatabaseKind databaseKind, StorageProperties storage) {
		HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		if (databaseKind == DatabaseKind.POSTGRES) {
			pool.addDataSourceProperty("options", "-c plan_cache_mode=" + storage.postgresPlanCacheMode());
		}
		return pool;
	}

	@Bean
	H2FileUpkeep h2FileUpkeep(DataSource dataSource, DatabaseKind databaseKind, StorageProperties storage) {
		return new H2FileUpkeep(dataSource, databaseKind, storage.h2FileUpkeep());
	}

	@Bean
	SchemaPreparation schemaPreparation(DataSource dataSource, DatabaseKind databaseKind, StorageProperties storage) {
		SchemaMigration migration = new SchemaMigration(dataSource, databaseKind, storage.migrationTable());
		return SchemaPreparation.startedBeside(() -> {
			if (storage.migrateSchemaOnStart()) {
				migration.run();
			}
			if (customSearchPlans(databaseKind, storage)) {
				new JoinKeyStatistics(dataSource).keepDefaults();
			}
		});
	}

	/**
	 * HAPI's persistence unit. It takes the schema's preparation only so that the preparation starts before
	 * Hibernate boots and runs beside it and the rest of start-up.
	 */
	@Bean
	@Primary
	LocalContainerEntityManagerFactoryBean entityManagerFactory(
			ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext,
			JpaStorageSettings storageSettings,
			DataSource dataSource,
			JpaProperties jpaProperties,
			DatabaseKind databaseKind,
			StorageProperties storage,
			SchemaPreparation schemaStartedFirst) {
		LocalContainerEntityManagerFactoryBean factory =
				HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setDataSource(
				customSearchPlans(databaseKind, storage) ? new SearchesPlannedWithTheirValues(dataSource) : dataSource);
		factory.setJpaPropertyMap(hibernateSettings(jpaProperties, databaseKind));
		return factory;
	}

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, SchemaPreparation schema) {
		return new TransactionsOnPreparedSchema(entityManagerFactory, schema);
	}

	private static boolean customSearchPlans(DatabaseKind databaseKind, StorageProperties storage) {
		return databaseKind == DatabaseKind.POSTGRES && storage.postgresCustomSearchPlans();
	}

	private static Map<String, Object> hibernateSettings(JpaProperties jpaProperties, DatabaseKind databaseKind) {
		Map<String, Object> settings = new HashMap<>(jpaProperties.getProperties());
		settings.put(AvailableSettings.DIALECT, databaseKind.hibernateDialect());
		settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
		// Full-text indexing (Lucene/Elasticsearch) is not used: search runs on the database indexes.
		settings.put(HibernateOrmMapperSettings.ENABLED, "false");
		return settings;
	}
}
