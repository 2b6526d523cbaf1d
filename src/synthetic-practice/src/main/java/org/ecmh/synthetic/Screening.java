package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecmh.synthetic.Score.Band;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * One instrument answered at a well visit: the QuestionnaireResponse and a score Observation per score. Each
 * score is first drawn positive or negative at the instrument's rate, then spread over the answers, and the
 * Observation reports what the answers actually add up to, so answers and results always agree.
 */
final class Screening {

	/** A score that came out positive, the reason a referral may follow. */
	record Positive(Instrument instrument, Score score, Reference observation) {}

	private final FamilyBundle bundle;
	private final Dice dice;

	Screening(FamilyBundle bundle, Dice dice) {
		this.bundle = bundle;
		this.dice = dice;
	}

	List<Positive> screen(Instrument instrument, Household household, Reference visit, LocalDate day) {
		Map<String, Integer> weights = answerWeights(instrument);
		DateTimeType when = Times.at(day, dice.between(8, 16), dice.between(0, 59));
		Reference response = bundle.add(response(instrument, household, visit, when, weights));
		List<Positive> positives = new ArrayList<>();
		for (Score score : instrument.scores()) {
			int total = score.items().stream().mapToInt(weights::get).sum();
			Band band = score.bandOf(total);
			Reference observation = bundle.add(result(instrument, score, total, band, household, visit, when, response));
			if (band.positive()) {
				positives.add(new Positive(instrument, score, observation));
			}
		}
		return positives;
	}

	private Map<String, Integer> answerWeights(Instrument instrument) {
		Map<String, Integer> weights = new HashMap<>();
		int max = instrument.scale().maxWeight();
		for (Score score : instrument.scores()) {
			List<String> free = score.items().stream().filter(item -> !weights.containsKey(item)).toList();
			int fixed = score.items().stream().filter(weights::containsKey).mapToInt(weights::get).sum();
			int target = Math.max(fixed, Math.min(fixed + free.size() * max, drawTotal(score, score.items().size() * max)));
			spread(target - fixed, free, max).forEach(weights::put);
		}
		return weights;
	}

	/** A positive total skews towards the cut-off and a negative one towards zero, as in real screening. */
	private int drawTotal(Score score, int max) {
		int cutoff = score.cutoff();
		double skew = dice.unit();
		if (dice.chance(score.positiveRate())) {
			return cutoff + (int) Math.floor((max - cutoff + 1) * skew * skew * skew);
		}
		return (int) Math.floor(cutoff * skew * skew);
	}

	/** Hands out {@code total} answer weight one point at a time to random items that still have room. */
	private Map<String, Integer> spread(int total, List<String> items, int max) {
		Map<String, Integer> weights = new HashMap<>();
		items.forEach(item -> weights.put(item, 0));
		List<String> open = new ArrayList<>(items);
		for (int point = 0; point < total && !open.isEmpty(); point++) {
			String item = dice.pick(open);
			int weight = weights.merge(item, 1, Integer::sum);
			if (weight == max) {
				open.remove(item);
			}
		}
		return weights;
	}

	private QuestionnaireResponse response(Instrument instrument, Household household, Reference visit,
			DateTimeType when, Map<String, Integer> weights) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.getMeta().addProfile(Ig.SCREENING_RESPONSE);
		if (instrument.screensCaregiver()) {
			response.addExtension(Ig.EXT_FOCUS, household.screenedCaregiver());
		}
		response.setQuestionnaire(instrument.questionnaire());
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(household.child());
		response.setEncounter(visit);
		response.setAuthoredElement(when);
		response.setAuthor(household.primaryCaregiver());
		response.setSource(household.primaryCaregiver());
		for (String linkId : instrument.items()) {
			response.addItem().setLinkId(linkId).addAnswer().setValue(instrument.scale().answer(linkId, weights.get(linkId)));
		}
		return response;
	}

	private static Observation result(Instrument instrument, Score score, int total, Band band, Household household,
			Reference visit, DateTimeType when, Reference response) {
		Observation result = new Observation();
		result.getMeta().addProfile(instrument.screensCaregiver() ? Ig.CAREGIVER_SCREENING_RESULT : Ig.SCREENING_RESULT);
		result.setStatus(Observation.ObservationStatus.FINAL);
		result.addCategory(new CodeableConcept(new Coding(Ig.OBSERVATION_CATEGORY, "survey", "Survey")));
		result.addCategory(new CodeableConcept(new Coding(Ig.SCREENING_CATEGORY, instrument.domain(), null)));
		result.getCode().addCoding(new Coding(Ig.SCORE, score.code(), null));
		if (score.loinc() != null) {
			result.getCode().addCoding(new Coding(Ig.LOINC, score.loinc(), null));
		}
		result.setSubject(household.child());
		if (instrument.screensCaregiver()) {
			result.addFocus(household.screenedCaregiver());
		}
		result.setEncounter(visit);
		result.setEffective(when.copy());
		if (score.coded()) {
			result.setValue(new CodeableConcept(band.positive() ? score.atRiskValue() : score.noRiskValue()));
		} else {
			result.setValue(new IntegerType(total));
		}
		result.addInterpretation()
				.addCoding(new Coding(Ig.INTERPRETATION, band.positive() ? "POS" : "NEG", null))
				.addCoding(new Coding(Ig.SCREENING_RESULT_CODES, band.code(), null));
		result.addDerivedFrom(response);
		return result;
	}
}
