package org.ecmh.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.bench.servers.ServerProcess;

/**
 * Starts a server under test the same way for every run (its jar, a fresh database of its own, its work
 * folder, the launch options), and measures what it and its database use.
 */
final class ServersUnderTest {

	private final BenchOptions options;
	private final PostgresCluster postgres;

	ServersUnderTest(BenchOptions options, PostgresCluster postgres) {
		this.options = options;
		this.postgres = postgres;
	}

	/** {@code name} names both the work folder and, on PostgreSQL, the database. */
	ServerProcess start(ServerKind kind, Database database, String name) throws IOException, InterruptedException {
		Path workDir = options.out().resolve("work").resolve(name);
		String jdbcUrl = database == Database.POSTGRES ? postgres.newDatabase(name) : null;
		Path jar = kind == ServerKind.OURS ? options.oursJar() : options.baselineJar();
		var launch = new ServerProcess.LaunchOptions(
				options.serverHeap(), options.serverJvmOptions(), options.jfr(), options.baselineH2Options());
		return ServerProcess.start(kind, jar, database, jdbcUrl, workDir, launch, Duration.ofSeconds(options.startTimeoutSeconds()));
	}

	/** CPU seconds used so far by the server and, on PostgreSQL, by the database (H2 runs inside the server). */
	double cpuSeconds(ServerProcess server, Database database) {
		return server.cpuSeconds() + (database == Database.POSTGRES ? postgres.cpuSeconds() : 0);
	}

	long databaseBytes(ServerProcess server, Database database, String name) {
		return database == Database.POSTGRES ? postgres.sizeInBytes(name) : server.dataDirBytes();
	}
}
