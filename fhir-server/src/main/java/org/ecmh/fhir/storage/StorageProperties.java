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
 * @param postgresPlanCacheMode PostgreSQL's {@code plan_cache_mode} for the server's sessions. HAPI sends every
 *                             search as a prepared statement; after five runs PostgreSQL may switch to one
 *                             plan for all values, which guesses every code equally rare and so starts a
 *                             chained search from a code that matches thousands of rows ({@code
 *                             force_custom_plan} plans each search with its values)
 */
@Validated
@ConfigurationProperties("ecmh.storage")
public record StorageProperties(
		boolean migrateSchemaOnStart, @NotBlank String migrationTable, @NotBlank String postgresPlanCacheMode) {}
