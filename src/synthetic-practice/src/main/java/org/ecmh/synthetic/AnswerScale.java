package org.ecmh.synthetic;

import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;

/** The answer options of an instrument's items, by answer weight (the Questionnaire's ordinalValue). */
interface AnswerScale {

	int maxWeight();

	Coding answer(String linkId, int weight);

	/** EPDS: options a-d of each item; items 3 and 5-10 are printed with the heaviest answer first. */
	AnswerScale EPDS = new AnswerScale() {
		private static final Set<Integer> HEAVIEST_FIRST = Set.of(3, 5, 6, 7, 8, 9, 10);

		@Override
		public int maxWeight() {
			return 3;
		}

		@Override
		public Coding answer(String linkId, int weight) {
			int item = Integer.parseInt(linkId.substring("epds-".length()));
			int option = HEAVIEST_FIRST.contains(item) ? maxWeight() - weight : weight;
			return new Coding(Ig.ANSWER, linkId + (char) ('a' + option), null);
		}
	};

	/** PHQ-2 / PHQ-9 / GAD-7 frequency answers (LOINC answer list). */
	AnswerScale PHQ = listed(Ig.LOINC, List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"));

	/** SWYC BPSC / PPSC: not at all, somewhat, very much. */
	AnswerScale SWYC_SYMPTOM = listed(Ig.ANSWER, List.of("swyc-not-at-all", "swyc-somewhat", "swyc-very-much"));

	/** Hunger Vital Sign: never true (0) or sometimes true (1). */
	AnswerScale HVS = listed(Ig.LOINC, List.of("LA28398-8", "LA6729-3"));

	/** M-CHAT-R: NO is the at-risk answer except for items 2, 5 and 12, where YES is. */
	AnswerScale MCHAT = new AnswerScale() {
		private static final Set<String> YES_AT_RISK = Set.of("mchatr-2", "mchatr-5", "mchatr-12");

		@Override
		public int maxWeight() {
			return 1;
		}

		@Override
		public Coding answer(String linkId, int weight) {
			boolean atRisk = weight == 1;
			boolean yes = YES_AT_RISK.contains(linkId) == atRisk;
			return new Coding(Ig.YES_NO, yes ? "Y" : "N", null);
		}
	};

	private static AnswerScale listed(String system, List<String> codesByWeight) {
		return new AnswerScale() {
			@Override
			public int maxWeight() {
				return codesByWeight.size() - 1;
			}

			@Override
			public Coding answer(String linkId, int weight) {
				return new Coding(system, codesByWeight.get(weight), null);
			}
		};
	}
}
