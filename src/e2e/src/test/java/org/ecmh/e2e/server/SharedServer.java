package org.ecmh.e2e.server;

import java.util.List;
import java.util.UUID;
import org.ecmh.e2e.E2eSettings;

/**
 * Long-running servers shared by every test, since each start costs a minute or more here: one on H2, and two
 * instances on one PostgreSQL database, the way a deployment scales out. The crash test kills them and restarts them
 * in place ({@link ServerProcess#restart()}: same port and data), so the others never see the difference. The search
 * cache is off so every search reaches the database. The processes are killed when the test JVM exits.
 */
public final class SharedServer {

	private static final String NO_SEARCH_CACHE = "--ecmh.fhir.search-cache-reuse=0";
	private static ServerProcess h2;
	private static Cluster cluster;

	private SharedServer() {}

	/** Two server instances on one PostgreSQL database. */
	public record Cluster(PostgresDatabase database, List<ServerProcess> instances) {}

	public static synchronized ServerProcess h2() {
		if (h2 == null) {
			h2 = ServerProcess.start("shared-h2",
					new H2Database(E2eSettings.workDir().resolve("shared-h2-" + UUID.randomUUID())), NO_SEARCH_CACHE);
		}
		return h2;
	}

	public static synchronized Cluster postgresCluster() {
		if (cluster == null) {
			PostgresDatabase database = PostgresDatabase.create("two_instances");
			// One after the other: the second start finds the schema the first one migrated.
			ServerProcess a = ServerProcess.start("instance-a", database, NO_SEARCH_CACHE);
			ServerProcess b = ServerProcess.start("instance-b", database, NO_SEARCH_CACHE);
			cluster = new Cluster(database, List.of(a, b));
		}
		return cluster;
	}
}
