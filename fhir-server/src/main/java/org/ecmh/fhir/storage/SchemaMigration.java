package org.ecmh.fhir.storage;

import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
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
		MigrationResult result;
		try (HikariDataSource connections = migrationConnections()) {
			HapiMigrator migrator = new HapiMigrator(migrationTable, connections, databaseKind.migrationDriver());
			migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
			migrator.createMigrationTableIfRequired();
			result = migrator.migrate();
		}
		if (!result.failedTasks.isEmpty()) {
			throw new IllegalStateException("Schema migration failed: " + result.failedTasks);
		}
		log.info("Schema is current on {} ({} migration tasks applied now)", databaseKind, result.succeededTasks.size());
	}

	/** Connections of its own, made like the server's and set up for migrating (DatabaseKind.migrationSessionSql). */
	private HikariDataSource migrationConnections() {
		HikariConfig config = new HikariConfig();
		try {
			dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		} catch (SQLException e) {
			throw new IllegalStateException("The server's connections are expected from HikariCP", e);
		}
		config.setPoolName("schema-migration");
		config.setMetricsTrackerFactory(null); // a pool this short-lived is no figure to publish
		config.setMinimumIdle(0); // opened as the migrator asks, none ahead
		if (databaseKind.migrationSessionSql() != null) {
			config.setConnectionInitSql(databaseKind.migrationSessionSql());
		}
		return new HikariDataSource(config);
	}
}
