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
	H2("jdbc:h2:", HapiFhirH2Dialect.class, DriverTypeEnum.H2_EMBEDDED),
	POSTGRES("jdbc:postgresql:", HapiFhirPostgresDialect.class, DriverTypeEnum.POSTGRES_9_4);

	private final String urlPrefix;
	private final Class<? extends Dialect> hibernateDialect;
	private final DriverTypeEnum migrationDriver;

	DatabaseKind(String urlPrefix, Class<? extends Dialect> hibernateDialect, DriverTypeEnum migrationDriver) {
		this.urlPrefix = urlPrefix;
		this.hibernateDialect = hibernateDialect;
		this.migrationDriver = migrationDriver;
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
}
