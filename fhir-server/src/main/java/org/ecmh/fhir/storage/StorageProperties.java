package org.ecmh.fhir.storage;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how resources are stored ({@code ecmh.storage.*}).
 *
 * @param migrateSchemaOnStart run HAPI's schema migration at start-up; turn off only where a DBA runs
 *                             {@code hapi-fhir-cli migrate-database} before each release
 * @param migrationTable       the table that records applied schema migration tasks
 * @param postgresPlanCacheMode PostgreSQL's {@code plan_cache_mode} for the server's sessions ({@code auto},
 *                             PostgreSQL's default, lets the many small statements of a write reuse their plans)
 * @param postgresCustomSearchPlans PostgreSQL: send HAPI's search statements unprepared, so each search is
 *                             planned with its values (see {@link SearchesPlannedWithTheirValues})
 */
@Validated
@ConfigurationProperties("ecmh.storage")
public record StorageProperties(
		boolean migrateSchemaOnStart, @NotBlank String migrationTable, @NotBlank String postgresPlanCacheMode,
		boolean postgresCustomSearchPlans) {}
