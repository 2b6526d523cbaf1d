package org.ecmh.fhir.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries: no Docker needed), started on first
 * use and stopped when the JVM exits. Each caller gets a database of its own on it.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {}

	/** Creates an empty database and returns the Spring datasource properties that point at it. */
	public static synchronized Map<String, String> newDatabase(String name) {
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + name, e);
		}
		return Map.of(
				"spring.datasource.url", server.getJdbcUrl("postgres", name),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "postgres");
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			} catch (IOException e) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
