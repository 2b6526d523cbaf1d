package org.ecmh.fhir.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL, with searches planned with their values ({@link SearchesPlannedWithTheirValues}): HAPI's migration
 * gives the two keys by which every reference search joins {@code HFJ_RES_LINK} a statistics target of 10,000,
 * and planning a join compares the most-common-value lists of its keys, entry by entry. On the bench machine
 * that made planning an open-referral search take about 11 ms at 240 families, for 0.1 ms of execution; with
 * PostgreSQL's default target (100) planning takes about 1 ms and the search runs as fast. A plan cached once
 * for all values (HAPI's own set-up) pays that price once, which is why HAPI can afford the long lists. The
 * targets HAPI sets on the hash columns, which estimate how common a searched value is, are kept.
 */
final class JoinKeyStatistics {

	private static final Logger log = LoggerFactory.getLogger(JoinKeyStatistics.class);

	private static final String TABLE = "hfj_res_link";
	/** Columns of TABLE with a target of their own; PostgreSQL 17 shows the default as null, earlier ones as -1. */
	private static final String RAISED = "SELECT attname FROM pg_attribute WHERE attrelid = '" + TABLE + "'::regclass"
			+ " AND attname IN ('src_resource_id', 'target_resource_id') AND attstattarget > 0";

	private final DataSource dataSource;

	JoinKeyStatistics(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Puts the join keys back on the default target and analyses the table again if either had its own. */
	void keepDefaults() {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			List<String> raised = new ArrayList<>();
			try (ResultSet columns = statement.executeQuery(RAISED)) {
				while (columns.next()) {
					raised.add(columns.getString(1));
				}
			}
			for (String column : raised) {
				statement.execute("ALTER TABLE " + TABLE + " ALTER COLUMN " + column + " SET STATISTICS -1");
			}
			if (!raised.isEmpty()) {
				statement.execute("ANALYZE " + TABLE);
				log.info("Statistics of {} {} back to PostgreSQL's default target", TABLE, raised);
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Could not set the statistics target of " + TABLE, e);
		}
	}
}
