package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A synthetic pediatric practice running the integrated early-childhood mental health model, made from a
 * seed: the same seed, "as of" day and rates give the same resources every time, and family {@code i} is the
 * same whatever else is generated, so practices of any size can be streamed.
 *
 * <p>Load {@link #practice()} first (team, partners, parent-group sessions; PUT with fixed ids), then one
 * {@link #family(int)} transaction bundle per family.
 */
public final class PracticeGenerator {

	/** The default "as of" day: fixed, so a seed means the same practice on any day it is generated. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 15);

	private final long seed;
	private final LocalDate asOf;
	private final PracticeRates rates;
	private final Practice practice;

	public PracticeGenerator(long seed, LocalDate asOf, PracticeRates rates) {
		this.seed = seed;
		this.asOf = asOf;
		this.rates = rates;
		this.practice = new Practice(asOf);
	}

	public PracticeGenerator(long seed) {
		this(seed, DEFAULT_AS_OF, PracticeRates.DEFAULTS);
	}

	public Bundle practice() {
		return practice.bundle();
	}

	public Bundle family(int index) {
		return new FamilyGenerator(seed, index, asOf, rates, practice).generate();
	}

	public Stream<Bundle> families(int count) {
		return IntStream.range(0, count).mapToObj(this::family);
	}

	public LocalDate asOf() {
		return asOf;
	}
}
