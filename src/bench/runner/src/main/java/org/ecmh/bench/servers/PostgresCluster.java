package org.ecmh.bench.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL for the whole run (zonky's embedded binaries: no Docker), with a database per server
 * under test. Commits are synchronous (zonky turns that off by default) so every figure includes the fsync a
 * production database pays.
 */
public final class PostgresCluster implements AutoCloseable {

	private static final String USER = "postgres";
	private final EmbeddedPostgres postgres;

	private PostgresCluster(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static PostgresCluster start() {
		try {
			return new PostgresCluster(EmbeddedPostgres.builder()
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("max_connections", "200")
					.start());
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
		}
	}

	/** Creates an empty database and returns its JDBC URL (user and password are both "postgres"). */
	public String newDatabase(String name) {
		execute("CREATE DATABASE " + name);
		return postgres.getJdbcUrl(USER, name) + "&password=" + USER;
	}

	public Connection connect(String jdbcUrl) throws SQLException {
		return DriverManager.getConnection(jdbcUrl);
	}

	public long sizeInBytes(String database) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet size = statement.executeQuery("SELECT pg_database_size('" + database + "')")) {
			size.next();
			return size.getLong(1);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not measure database " + database, e);
		}
	}

	/**
	 * CPU seconds PostgreSQL has used so far: the postmaster, the backends it has reaped, and those still running
	 * (a pool's connections live long, and are recycled now and then).
	 */
	public double cpuSeconds() {
		long postmaster = postmasterPid();
		return ProcessCpu.secondsWithReapedChildren(postmaster) + ProcessHandle.of(postmaster).orElseThrow().descendants()
				.mapToDouble(PostgresCluster::cpuSecondsIfRunning).sum();
	}

	private static double cpuSecondsIfRunning(ProcessHandle backend) {
		try {
			return ProcessCpu.seconds(backend.pid());
		} catch (UncheckedIOException exited) {
			return 0; // it ended since it was listed: its time is now the postmaster's, counted next time
		}
	}

	private long postmasterPid() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet directory = statement.executeQuery("SHOW data_directory")) {
			directory.next();
			// The first line of postmaster.pid is the postmaster's process id.
			return Long.parseLong(Files.readAllLines(Path.of(directory.getString(1), "postmaster.pid")).get(0).trim());
		} catch (SQLException e) {
			throw new IllegalStateException("Could not find PostgreSQL's data directory", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void execute(String sql) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not run " + sql, e);
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
