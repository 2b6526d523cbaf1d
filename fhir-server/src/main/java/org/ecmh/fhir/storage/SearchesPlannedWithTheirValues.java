package org.ecmh.fhir.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * PostgreSQL: HAPI's search statements are sent unprepared, so PostgreSQL plans each search with its values,
 * while every other statement (the many small inserts and look-ups of a write) keeps PostgreSQL's plan cache.
 * A prepared search may otherwise settle, after five runs, on one plan for all values that takes every code to
 * be equally rare, and start a chained search from a code that matches thousands of rows (the soak in
 * src/docs/benchmarks.md). HAPI writes its search SQL in capitals ({@code SELECT t0.RES_ID FROM ...});
 * Hibernate's own SQL is in lower case.
 */
final class SearchesPlannedWithTheirValues extends DelegatingDataSource {

	private static final String SEARCH_SQL = "SELECT ";
	/** pgjdbc's threshold 0: never a server-side prepared statement, so each run is planned with its values. */
	private static final int NEVER_PREPARED = 0;

	SearchesPlannedWithTheirValues(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return planningSearches(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return planningSearches(super.getConnection(username, password));
	}

	private static Connection planningSearches(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
				(proxy, method, args) -> {
					Object result = invoke(connection, method, args);
					if (method.getName().equals("prepareStatement") && args[0] instanceof String sql && sql.startsWith(SEARCH_SQL)) {
						((PreparedStatement) result).unwrap(PGStatement.class).setPrepareThreshold(NEVER_PREPARED);
					}
					return result;
				});
	}

	private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(connection, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
