package org.ecmh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ecmh.bench.report.ScaleFigures;
import org.ecmh.bench.servers.Database;
import org.ecmh.bench.servers.ServerKind;
import org.ecmh.synthetic.PracticeGenerator;
import org.junit.jupiter.api.Test;

/** A scale run hands on each checkpoint as it is measured, so a long run that is stopped keeps its figures. */
class ScaleRunTest {

	@Test
	void everyCheckpointIsHandedOnAsSoonAsItIsMeasured() throws Exception {
		BenchOptions options = BenchOptions.parse(
				"--ours-jar", System.getProperty("bench.ours-jar"),
				"--out", "target/bench-scale",
				"--databases", "h2",
				"--warmup-families", "1", "--scale", "3,5", "--scale-checkpoints", "1");
		List<ScaleFigures> handedOn = new ArrayList<>();

		ScaleFigures run = new ScaleRun(options, new PracticeGenerator(options.seed()), null)
				.measure(ServerKind.OURS, Database.H2, handedOn::add);

		assertThat(handedOn).extracting(ScaleFigures::familiesSoFar).containsExactly(3, 5);
		assertThat(handedOn.get(0).checkpoints()).as("what was measured when it was handed on").hasSize(1);
		assertThat(handedOn.get(1)).isEqualTo(run);
		assertThat(run.families()).isEqualTo(5);
		assertThat(run.checkpoints()).allSatisfy(checkpoint -> {
			assertThat(checkpoint.errors()).isZero();
			assertThat(checkpoint.cpuMsPerFamily()).isPositive();
			assertThat(checkpoint.databaseBytesPerFamily()).isPositive();
		});
	}
}
