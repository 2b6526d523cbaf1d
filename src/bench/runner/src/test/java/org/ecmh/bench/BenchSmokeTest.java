package org.ecmh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecmh.bench.report.BenchReport;
import org.ecmh.bench.report.ServerFigures;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.bench.workload.Scoring;
import org.junit.jupiter.api.Test;

/**
 * The bench harness end to end at toy sizes: both real server jars start on H2, take the synthetic practice,
 * answer the workflow's searches and $validate, ours scores stored responses, and the run leaves a well-formed
 * report behind.
 */
class BenchSmokeTest {

	@Test
	void bothServersTakeThePracticeAndTheReportComesOut() throws Exception {
		Path out = Path.of("target", "bench-smoke");
		BenchReport report = BenchCommand.run(BenchOptions.parse(
				"--ours-jar", System.getProperty("bench.ours-jar"),
				"--baseline-jar", System.getProperty("bench.baseline-jar"),
				"--out", out.toString(),
				"--databases", "h2",
				"--warmup-families", "1", "--bundle-families", "2", "--single-families", "1", "--clients", "2",
				"--searches-per-kind", "3", "--validations", "3", "--scorings", "3", "--startups", "1"));

		assertThat(report.servers()).extracting(ServerFigures::server).containsExactly("ecmh-fhir", "plain HAPI");
		for (ServerFigures server : report.servers()) {
			assertThat(server.starts()).as("one start on its own before the workloads").singleElement()
					.satisfies(start -> assertThat(start.startupSeconds()).isEqualTo(server.startupSeconds()));
			assertThat(server.startupSeconds()).isPositive();
			assertThat(server.readySeconds()).as("ready once its FHIR endpoint answers, or later")
					.isGreaterThanOrEqualTo(server.startupSeconds());
			assertThat(server.rssAfterStartMb()).isPositive();
			assertThat(server.databaseMb()).isPositive();
			WorkloadFigures bundles = server.workload(Workloads.BUNDLES).orElseThrow();
			assertThat(bundles.errors()).as("%s: %s", server.server(), bundles.firstError()).isZero();
			assertThat(bundles.resourcesPerSecond()).isPositive();
			assertThat(server.workload(Workloads.singles(2)).orElseThrow().resourcesPerSecond()).isPositive();
			assertThat(server.workloads().stream().filter(w -> w.workload().startsWith("W2")))
					.hasSize(4)
					.allSatisfy(search -> assertThat(search.p95Ms()).as(search.workload()).isPositive());
		}
		assertThat(report.servers().get(0).workload(Scoring.NAME)).as("ours scores the responses W1 stored")
				.hasValueSatisfying(scoring -> {
					assertThat(scoring.errors() + scoring.invalid()).as(String.valueOf(scoring.firstError())).isZero();
					assertThat(scoring.operations()).isEqualTo(3);
				});
		assertThat(report.servers().get(1).workload(Scoring.NAME)).as("plain HAPI has no $extract").isEmpty();
		assertThat(report.ratios()).anySatisfy(ratio -> assertThat(ratio.measure()).contains("ours ÷ baseline"))
				.anySatisfy(ratio -> assertThat(ratio.measure()).isEqualTo("time until ready, ours ÷ baseline"));

		JsonNode json = new ObjectMapper().readTree(out.resolve(BenchCommand.JSON).toFile());
		assertThat(json.get("servers")).hasSize(2);
		assertThat(Files.readString(out.resolve(BenchCommand.MARKDOWN))).contains("| ecmh-fhir |", "| plain HAPI |", "Targets");
		assertThat(out.resolve("ingest.png")).isNotEmptyFile();
		assertThat(out.resolve("latency-p95.png")).isNotEmptyFile();
	}
}
