package org.ecmh.bench.servers;

import java.util.Locale;

/** The databases every server is measured on. */
public enum Database {
	H2("ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect"),
	POSTGRES("ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect");

	final String hapiDialect;

	Database(String hapiDialect) {
		this.hapiDialect = hapiDialect;
	}

	public static Database parse(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	public String label() {
		return this == H2 ? "H2" : "PostgreSQL";
	}
}
