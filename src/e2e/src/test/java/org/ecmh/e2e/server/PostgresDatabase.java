package org.ecmh.e2e.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A database of its own on the one real PostgreSQL server of this test JVM (zonky's embedded binaries: no
 * Docker). The PostgreSQL server starts on first use and stops when the JVM exits.
 */
public record PostgresDatabase(String jdbcUrl) implements Database {

	private static final String USER = "postgres";
	private static EmbeddedPostgres cluster;

	/** Creates an empty database called {@code name}. */
	public static synchronized PostgresDatabase create(String name) {
		try (Connection connection = cluster().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + name, e);
		}
		return new PostgresDatabase(cluster.getJdbcUrl(USER, name));
	}

	/** A direct connection, for checks a FHIR client cannot make (for example HAPI's job tables). */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, USER, USER);
	}

	@Override
	public List<String> serverArguments() {
		return List.of(
				"--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + USER);
	}

	@Override
	public String kind() {
		return "PostgreSQL";
	}

	private static EmbeddedPostgres cluster() {
		if (cluster == null) {
			try {
				cluster = EmbeddedPostgres.builder().start();
			} catch (IOException e) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stopCluster));
		}
		return cluster;
	}

	private static void stopCluster() {
		try {
			cluster.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
