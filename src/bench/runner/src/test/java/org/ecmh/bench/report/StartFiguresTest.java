package org.ecmh.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartFiguresTest {

	@Test
	void theMedianStartIsTheMiddleOneWhateverOrderTheyRanIn() {
		List<StartFigures> starts = List.of(start(31.3), start(24.9), start(27.0));

		assertThat(StartFigures.median(starts, StartFigures::startupSeconds)).isEqualTo(27.0);
	}

	@Test
	void anEvenNumberOfStartsTakesTheMeanOfTheMiddleTwo() {
		List<StartFigures> starts = List.of(start(30.0), start(22.0), start(25.0), start(24.0));

		assertThat(StartFigures.median(starts, StartFigures::startupSeconds)).isEqualTo(24.5);
	}

	private static StartFigures start(double seconds) {
		return new StartFigures(seconds, seconds + 4, 1100);
	}
}
