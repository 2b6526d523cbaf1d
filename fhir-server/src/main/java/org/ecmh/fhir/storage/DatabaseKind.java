package org.ecmh.fhir.storage;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import java.util.Arrays;
import org.hibernate.dialect.Dialect;

/**
 * The databases the server runs on. The kind follows from the JDBC URL alone, so pointing
 * {@code spring.datasource.url} at PostgreSQL is all it takes to switch, and HAPI's dialect and
 * schema migrations always match the database they talk to.
 */
public enum DatabaseKind {
	H2("jdbc:h2:", HapiFhirH2Dialect.class, DriverTypeEnum.H2_EMBEDDED, null),
	// A fresh schema is ~1,500 statements, each its own commit: without waiting for each WAL flush it takes
	// seconds less. A crash can lose only the last of them, whole and in order (the WAL is serial), which the
	// next start runs again; the server's first synchronous commit flushes them all.
	POSTGRES("jdbc:postgresql:", HapiFhirPostgresDialect.class, DriverTypeEnum.POSTGRES_9_4, "SET synchronous_commit TO OFF");

	private final String urlPrefix;
	private final Class<? extends Dialect> hibernateDialect;
	private final DriverTypeEnum migrationDriver;
	private final String migrationSessionSql;

	DatabaseKind(String urlPrefix, Class<? extends Dialect> hibernateDialect, DriverTypeEnum migrationDriver,
			String migrationSessionSql) {
		this.urlPrefix = urlPrefix;
		this.hibernateDialect = hibernateDialect;
		this.migrationDriver = migrationDriver;
		this.migrationSessionSql = migrationSessionSql;
	}

	public static DatabaseKind ofJdbcUrl(String jdbcUrl) {
		return Arrays.stream(values())
				.filter(kind -> jdbcUrl != null && jdbcUrl.startsWith(kind.urlPrefix))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Unsupported database URL '" + jdbcUrl
						+ "': ecmh-fhir runs on H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:)"));
	}

	public String hibernateDialect() {
		return hibernateDialect.getName();
	}

	public DriverTypeEnum migrationDriver() {
		return migrationDriver;
	}

	/** Run on each connection the schema migration opens; null when none is needed. */
	public String migrationSessionSql() {
		return migrationSessionSql;
	}
}
