package org.ecmh.synthetic;

import static org.ecmh.synthetic.Score.numbered;

import java.util.Comparator;
import java.util.List;
import org.ecmh.synthetic.Score.Band;
import org.hl7.fhir.r4.model.Coding;

/**
 * The screening instruments a well visit uses, as the guide's Questionnaires define them (canonical, linkIds,
 * answer weights, bands), with the positive rate the generator aims at.
 *
 * <p>Positive rates. Sourced: EPDS >= 10 at 13% (O'Hara MW, Swain AM, Int Rev Psychiatry 1996;8:37-54,
 * meta-analytic postpartum depression prevalence of about 13%); M-CHAT-R >= 3 at 7% (Robins DL et al.,
 * Pediatrics 2014;133:37-45, about 7% of toddlers screened positive on the initial M-CHAT-R); Hunger Vital
 * Sign at 23% (Hager ER et al., Pediatrics 2010;126:e26-32, food insecurity in about a quarter of the
 * validation sample - approximate, recheck). Assumptions, not from a source: EPDS item 10 endorsed by 3%,
 * PHQ-2 >= 3 in 8% of caregivers, each BPSC subscale >= 3 in 5% (about 14% of BPSC screens positive on
 * any subscale) and PPSC >= 9 in 15% of children.
 */
enum Instrument {
	EPDS("ecmh-epds", "epds", true, "caregiver-mental-health", AnswerScale.EPDS, List.of(
			Score.numeric("epds-self-harm", null, List.of("epds-10"), 0.03,
					new Band(1, true, "self-harm-risk"), new Band(0, false, "no-risk")),
			Score.numeric("epds-total", null, numbered("epds-", 10), 0.13,
					new Band(13, true, "probable-depression"), new Band(10, true, "possible-depression"),
					new Band(0, false, "no-risk")))),
	PHQ2("ecmh-phq-2", "phq-2", true, "caregiver-mental-health", AnswerScale.PHQ, List.of(
			Score.numeric("phq2-total", "55758-7", numbered("phq2-", 2), 0.08,
					new Band(3, true, "depression-positive"), new Band(0, false, "no-risk")))),
	BPSC("ecmh-swyc-bpsc", "swyc-bpsc", false, "social-emotional", AnswerScale.SWYC_SYMPTOM, List.of(
			bpsc("irritability"), bpsc("inflexibility"), bpsc("routines"))),
	PPSC("ecmh-swyc-ppsc", "swyc-ppsc", false, "social-emotional", AnswerScale.SWYC_SYMPTOM, List.of(
			Score.numeric("ppsc-total", null, numbered("ppsc-", 18), 0.15,
					new Band(9, true, "at-risk"), new Band(0, false, "no-risk")))),
	MCHAT_R("ecmh-mchat-r", "mchat-r", false, "autism", AnswerScale.MCHAT, List.of(
			Score.numeric("mchatr-total", null, numbered("mchatr-", 20), 0.07,
					new Band(8, true, "high-risk"), new Band(3, true, "medium-risk"), new Band(0, false, "low-risk")))),
	HVS("ecmh-hvs", "hvs", false, "family-stressors", AnswerScale.HVS, List.of(
			new Score("hvs-risk", "88124-3", numbered("hvs-", 2),
					List.of(new Band(1, true, "food-insecurity-risk"), new Band(0, false, "no-risk")), 0.23,
					new Coding(Ig.LOINC, "LA19952-3", "At risk"), new Coding(Ig.LOINC, "LA19983-8", "No risk"))));

	private final String questionnaireId;
	private final String code;
	private final boolean screensCaregiver;
	private final String domain;
	private final AnswerScale scale;
	private final List<Score> scores;

	Instrument(String questionnaireId, String code, boolean screensCaregiver, String domain, AnswerScale scale,
			List<Score> scores) {
		this.questionnaireId = questionnaireId;
		this.code = code;
		this.screensCaregiver = screensCaregiver;
		this.domain = domain;
		this.scale = scale;
		this.scores = scores;
	}

	private static Score bpsc(String subscale) {
		return Score.numeric("bpsc-" + subscale, null, numbered("bpsc-" + subscale + "-", 4), 0.05,
				new Band(3, true, "at-risk"), new Band(0, false, "no-risk"));
	}

	String questionnaire() {
		return Ig.questionnaire(questionnaireId);
	}

	String code() {
		return code;
	}

	/** True when the caregiver, not the child, is the person screened (filed in the child's chart). */
	boolean screensCaregiver() {
		return screensCaregiver;
	}

	String domain() {
		return domain;
	}

	AnswerScale scale() {
		return scale;
	}

	/** The answered items in the Questionnaire's order (that of its widest score, then the others'). */
	List<String> items() {
		return scores.stream()
				.sorted(Comparator.comparingInt((Score score) -> score.items().size()).reversed())
				.flatMap(score -> score.items().stream())
				.distinct()
				.toList();
	}

	/** Scores with the fewest items first, so an item score (EPDS item 10) is fixed before the total. */
	List<Score> scores() {
		return scores;
	}
}
