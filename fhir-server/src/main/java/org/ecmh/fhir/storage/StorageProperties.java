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
 */
@Validated
@ConfigurationProperties("ecmh.storage")
public record StorageProperties(boolean migrateSchemaOnStart, @NotBlank String migrationTable) {}
