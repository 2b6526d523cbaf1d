package org.ecmh.fhir.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
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
 * @param h2FileUpkeep         embedded H2: how the server keeps the database file compact ({@link H2FileUpkeep})
 */
@Validated
@ConfigurationProperties("ecmh.storage")
public record StorageProperties(
		boolean migrateSchemaOnStart, @NotBlank String migrationTable, @NotBlank String postgresPlanCacheMode,
		boolean postgresCustomSearchPlans, @NotNull @Valid H2FileUpkeep h2FileUpkeep) {

	/**
	 * @param interval        pause between two runs of the upkeep; zero switches it off
	 * @param targetFillRate  percentage of the file's chunks that should be live data; below it a run rewrites
	 * @param rewritePerRun   live data a run moves out of sparse chunks at most, so that commits, which wait for
	 *                        H2's store lock while it runs, wait only briefly
	 */
	public record H2FileUpkeep(
			@NotNull Duration interval, @Min(1) @Max(100) int targetFillRate, @NotNull DataSize rewritePerRun) {}
}
