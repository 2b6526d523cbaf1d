package org.ecmh.fhir.cds;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.ecmh.fhir.cds.CdsHooksProperties.ScheduledScreening;
import org.hl7.fhir.r4.model.Observation;

/**
 * Screenings due or overdue by age, from the configured periodicity schedule. Each scheduled age stays due
 * until the next one (or the screening's end age); a result taken from the visit window before that age on
 * counts as done.
 */
final class DueScreeningCards implements CardSource {

	private final List<ScheduledScreening> schedule;
	private final int visitWindowMonths;
	private final Cds.Source source;

	DueScreeningCards(CdsHooksProperties properties) {
		this.schedule = properties.schedule();
		this.visitWindowMonths = properties.visitWindowMonths();
		this.source = new Cds.Source(properties.sourceLabel());
	}

	@Override
	public List<Cds.Card> cards(ChildRecord record) {
		if (record.birthDate().isEmpty()) {
			return List.of();
		}
		int age = record.ageInMonths(LocalDate.now());
		return schedule.stream().flatMap(screening -> IntStream.range(0, screening.ages().size())
						.filter(visit -> isDue(screening, visit, age, record))
						.mapToObj(visit -> card(screening, screening.ages().get(visit), age)))
				.toList();
	}

	private boolean isDue(ScheduledScreening screening, int visit, int age, ChildRecord record) {
		int scheduledAge = screening.ages().get(visit);
		int nextAge = visit + 1 < screening.ages().size() ? screening.ages().get(visit + 1) : screening.untilMonths();
		return age >= scheduledAge && age < nextAge && record.currentResults().stream()
				.filter(result -> screening.scores().contains(ChildRecord.scoreCode(result).orElseThrow()))
				.noneMatch(result -> takenSince(record, result, scheduledAge - visitWindowMonths));
	}

	private static boolean takenSince(ChildRecord record, Observation result, int ageInMonths) {
		return result.hasEffectiveDateTimeType() && result.getEffectiveDateTimeType().getValue() != null
				&& record.ageInMonths(ChildRecord.localDate(result.getEffectiveDateTimeType().getValue())) >= ageInMonths;
	}

	private Cds.Card card(ScheduledScreening screening, int scheduledAge, int age) {
		boolean overdue = age >= scheduledAge + visitWindowMonths;
		String summary = screening.title() + (overdue ? " overdue" : " due") + " (" + scheduledAge + "-month screen)";
		String detail = "The child is " + age + " months old; no " + screening.title().toLowerCase()
				+ " result since the " + scheduledAge + "-month visit window opened.";
		return Cds.Card.of(summary, detail, overdue ? Cds.Indicator.warning : Cds.Indicator.info, source, List.of());
	}
}
