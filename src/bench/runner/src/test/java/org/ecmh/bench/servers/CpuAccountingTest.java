package org.ecmh.bench.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The scale run's cost per family is CPU time: it must grow with work done, in a JVM and in PostgreSQL. The JIT
 * compiler's share tells whether a server was warmed up.
 */
class CpuAccountingTest {

	@Test
	void aProcessCpuTimeGrowsWithTheWorkItDoes() {
		long self = ProcessHandle.current().pid();
		double before = ProcessCpu.seconds(self);
		busyForCpuMillis(300);
		assertThat(ProcessCpu.seconds(self) - before).isGreaterThanOrEqualTo(0.29);
	}

	@Test
	void theJitCompilersCpuTimeIsFoundAndIsPartOfTheProcesss() {
		long self = ProcessHandle.current().pid();
		busyForCpuMillis(300); // hot enough for both compilers to have compiled the loop

		double compiler = ProcessCpu.compilerSeconds(self);

		assertThat(compiler).isPositive().isLessThan(ProcessCpu.seconds(self));
	}

	@Test
	void postgresCpuTimeIncludesItsBackends() throws Exception {
		try (PostgresCluster postgres = PostgresCluster.start()) {
			String url = postgres.newDatabase("cpu_accounting");
			double before = postgres.cpuSeconds();
			try (Connection connection = postgres.connect(url); Statement statement = connection.createStatement()) {
				statement.execute("SELECT count(*) FROM generate_series(1, 3000000) AS s(n) WHERE md5(n::text) LIKE 'a%'");
			}
			assertThat(postgres.cpuSeconds() - before).isGreaterThan(0.1);
		}
	}

	/** Spins until this thread has had {@code millis} of CPU, however busy the machine is. */
	private static void busyForCpuMillis(long millis) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
		double sink = 0;
		while (threads.getCurrentThreadCpuTime() < end) {
			sink += Math.sqrt(sink + 1);
		}
		assertThat(sink).isPositive();
	}
}
