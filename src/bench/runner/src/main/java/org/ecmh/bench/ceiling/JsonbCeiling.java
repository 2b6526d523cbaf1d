package org.ecmh.bench.ceiling;

import ca.uhn.fhir.parser.IParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.servers.PostgresCluster;
import org.ecmh.bench.workload.Clients;
import org.ecmh.synthetic.PracticeGenerator;
import org.HdrHistogram.ConcurrentHistogram;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The ceiling: what PostgreSQL itself takes when the same resources are written as JSONB rows over JDBC,
 * with the same batching as the FHIR workloads (a family per transaction, or a resource per commit) and no
 * FHIR server at all: no parsing on a server, no indexing, no validation. Ingest figures are read as a
 * fraction of it.
 */
public final class JsonbCeiling {

	private static final String TABLE = "CREATE TABLE resource (id BIGSERIAL PRIMARY KEY, resource_type TEXT NOT NULL, body JSONB NOT NULL)";
	private static final String INSERT = "INSERT INTO resource (resource_type, body) VALUES (?, ?::jsonb)";
	private static final double MICROS_PER_MILLI = 1000.0;

	private final PostgresCluster postgres;
	private final String jdbcUrl;
	private final PracticeGenerator generator;

	public JsonbCeiling(PostgresCluster postgres, String jdbcUrl, PracticeGenerator generator) throws SQLException {
		this.postgres = postgres;
		this.jdbcUrl = jdbcUrl;
		this.generator = generator;
		try (Connection connection = postgres.connect(jdbcUrl); Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
		}
	}

	/** A family per transaction, its rows sent as one JDBC batch. */
	public WorkloadFigures bundles(String workload, int first, int count, int clients) throws Exception {
		return write(workload, first, count, clients, true);
	}

	/** A resource per commit. */
	public WorkloadFigures singles(String workload, int first, int count, int clients) throws Exception {
		return write(workload, first, count, clients, false);
	}

	private WorkloadFigures write(String workload, int first, int count, int clients, boolean batched) throws Exception {
		ConcurrentHistogram latencies = new ConcurrentHistogram(3);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<Long>> written = new ArrayList<>();
		long started = System.nanoTime();
		for (int client = 0; client < clients; client++) {
			int offset = client;
			written.add(pool.submit(() -> {
				long rows = 0;
				try (Connection connection = postgres.connect(jdbcUrl); PreparedStatement insert = connection.prepareStatement(INSERT)) {
					for (int family = offset; family < count; family += clients) {
						rows += batched ? writeFamily(connection, insert, generator.family(first + family), latencies)
								: writeEach(insert, generator.family(first + family), latencies);
					}
				}
				return rows;
			}));
		}
		long rows = 0;
		for (Future<Long> client : written) {
			rows += client.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		long operations = latencies.getTotalCount();
		return new WorkloadFigures(workload, operations, rows, seconds, operations / seconds, rows / seconds,
				latencies.getValueAtPercentile(50) / MICROS_PER_MILLI, latencies.getValueAtPercentile(95) / MICROS_PER_MILLI,
				latencies.getValueAtPercentile(99) / MICROS_PER_MILLI, 0, 0, null);
	}

	private long writeFamily(Connection connection, PreparedStatement insert, Bundle family, ConcurrentHistogram latencies)
			throws SQLException {
		long begin = System.nanoTime();
		connection.setAutoCommit(false);
		for (Bundle.BundleEntryComponent entry : family.getEntry()) {
			bind(insert, entry);
			insert.addBatch();
		}
		insert.executeBatch();
		connection.commit();
		connection.setAutoCommit(true);
		latencies.recordValue((System.nanoTime() - begin) / 1000);
		return family.getEntry().size();
	}

	private long writeEach(PreparedStatement insert, Bundle family, ConcurrentHistogram latencies) throws SQLException {
		for (Bundle.BundleEntryComponent entry : family.getEntry()) {
			long begin = System.nanoTime();
			bind(insert, entry);
			insert.executeUpdate();
			latencies.recordValue((System.nanoTime() - begin) / 1000);
		}
		return family.getEntry().size();
	}

	private void bind(PreparedStatement insert, Bundle.BundleEntryComponent entry) throws SQLException {
		insert.setString(1, entry.getResource().fhirType());
		// Encoded as a client would send it; parsers are not thread-safe, so one per call.
		IParser json = Clients.FHIR.newJsonParser();
		insert.setString(2, json.encodeResourceToString(entry.getResource()));
	}
}
