package org.ecmh.fhir.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The H2 file under many small commits, as the server writes them ({@code WRITE_DELAY=0}): each stores a new row,
 * indexed by a hash as HAPI indexes search parameters, and updates a row every commit touches. The file should
 * grow with the data, not with the commits. H2's retention time is 0 here so that freed space is reused at once
 * (the server keeps H2's 45 s); what is tested is that the upkeep frees the sparse chunks at all.
 */
class H2FileUpkeepTest {

	private static final int COMMITS = 8_000;
	private static final int COMMITS_BETWEEN_RUNS = 100;

	@TempDir
	Path dir;

	@Test
	void keepsTheFileNearItsDataUnderManySmallCommits() throws Exception {
		long without = churn("without", false);
		long with = churn("with", true);

		assertThat(with).as("file with the upkeep (%d bytes) against without (%d)", with, without)
				.isLessThan(without / 3);
	}

	/** Commits one row at a time; returns the file's length, after checking every row reads as written. */
	private long churn(String name, boolean upkeep) throws Exception {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0");
		H2FileUpkeep fileUpkeep = new H2FileUpkeep(database, DatabaseKind.H2,
				new StorageProperties.H2FileUpkeep(Duration.ofSeconds(1), 50, DataSize.ofMegabytes(1)));
		Map<Integer, String> written = new HashMap<>();
		Random random = new Random(42);
		try (Connection open = database.getConnection()) { // keeps the database open throughout
			try (Statement ddl = open.createStatement()) {
				ddl.execute("CREATE TABLE resource(id INT PRIMARY KEY, hash BIGINT, body VARCHAR(400))");
				ddl.execute("CREATE INDEX resource_hash ON resource(hash)");
				ddl.execute("CREATE TABLE counter(id INT PRIMARY KEY, total INT)");
				ddl.execute("INSERT INTO counter VALUES (1, 0)");
			}
			for (int id = 0; id < COMMITS; id++) {
				String body = "resource " + id + " " + "x".repeat(random.nextInt(300));
				write(open, id, random.nextLong(), body);
				written.put(id, body);
				if (upkeep && id % COMMITS_BETWEEN_RUNS == 0) {
					fileUpkeep.keepUp();
				}
			}
			assertThat(read(open)).isEqualTo(written);
			return Files.size(dir.resolve(name + ".mv.db"));
		}
	}

	private static void write(Connection connection, int id, long hash, String body) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resource VALUES (?, ?, ?)");
				PreparedStatement count = connection.prepareStatement("UPDATE counter SET total = total + 1")) {
			connection.setAutoCommit(false);
			insert.setInt(1, id);
			insert.setLong(2, hash);
			insert.setString(3, body);
			insert.executeUpdate();
			count.executeUpdate();
			connection.commit();
		} finally {
			connection.setAutoCommit(true);
		}
	}

	private static Map<Integer, String> read(Connection connection) throws SQLException {
		Map<Integer, String> rows = new HashMap<>();
		try (Statement query = connection.createStatement();
				ResultSet result = query.executeQuery("SELECT id, body FROM resource")) {
			while (result.next()) {
				rows.put(result.getInt(1), result.getString(2));
			}
		}
		return rows;
	}
}
