package org.ecmh.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** The family's own random stream: seeded from (seed, family index), so any family can be made alone. */
final class Dice {

	private final SplittableRandom random;

	Dice(long seed, int family) {
		// SplittableRandom mixes its seed well, so neighbouring families get unrelated streams.
		this.random = new SplittableRandom(new SplittableRandom(seed).split().nextLong() ^ (family * 0x9E3779B97F4A7C15L));
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number from {@code from} to {@code to}, both included. */
	int between(int from, int to) {
		return random.nextInt(from, to + 1);
	}

	double unit() {
		return random.nextDouble();
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** Exponentially distributed whole days with the given mean, at least one. */
	int days(double mean) {
		return 1 + (int) Math.floor(-mean * Math.log(1 - random.nextDouble()));
	}

	long nextLong() {
		return random.nextLong();
	}
}
