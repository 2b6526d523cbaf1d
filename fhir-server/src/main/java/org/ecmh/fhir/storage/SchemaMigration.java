package org.ecmh.fhir.storage;

import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema to this HAPI release with HAPI's own migrator, the tool HAPI supports for
 * production (the same tasks as {@code hapi-fhir-cli migrate-database}): an empty database is created in
 * one step, an older one is upgraded task by task, and each applied task is recorded in the migration
 * table so a restart or a second instance does nothing twice.
 */
class SchemaMigration {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private final DataSource dataSource;
	private final DatabaseKind databaseKind;
	private final String migrationTable;

	SchemaMigration(DataSource dataSource, DatabaseKind databaseKind, String migrationTable) {
		this.dataSource = dataSource;
		this.databaseKind = databaseKind;
		this.migrationTable = migrationTable;
	}

	void run() {
		HapiMigrator migrator = new HapiMigrator(migrationTable, dataSource, databaseKind.migrationDriver());
		migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
		migrator.createMigrationTableIfRequired();
		MigrationResult result = migrator.migrate();
		if (!result.failedTasks.isEmpty()) {
			throw new IllegalStateException("Schema migration failed: " + result.failedTasks);
		}
		log.info("Schema is current on {} ({} migration tasks applied now)", databaseKind, result.succeededTasks.size());
	}
}
