package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * The path a referral Task takes through the guide's states (draft is skipped: the clinician confirms the
 * referral at the visit), with delays drawn from {@link PracticeRates}. Only steps on or before the
 * practice's "as of" day have happened; the Task is written in the state of the last of them.
 */
final class ReferralJourney {

	/** A state the Task reached, its business status, and when. */
	record Step(TaskStatus status, String businessStatus, LocalDate day) {}

	private final List<Step> steps = new ArrayList<>();
	private final LocalDate asOf;
	private LocalDate firstVisit;
	private LocalDate completed;

	private ReferralJourney(LocalDate asOf) {
		this.asOf = asOf;
	}

	static ReferralJourney travel(LocalDate sent, LocalDate asOf, ReferralRoute route, PracticeRates rates, Dice dice) {
		ReferralJourney journey = new ReferralJourney(asOf);
		journey.walk(sent, route, rates, dice);
		return journey;
	}

	private void walk(LocalDate sent, ReferralRoute route, PracticeRates rates, Dice dice) {
		LocalDate day = sent;
		if (!reach(TaskStatus.REQUESTED, "sent", day)) {
			return;
		}
		day = day.plusDays(route.urgent ? 0 : dice.days(rates.meanDaysToAccept()));
		if (dice.chance(rates.rejectedByReceiver()) && !route.urgent) {
			reach(TaskStatus.REJECTED, route.inPractice() ? "declined-by-receiver" : "not-eligible", day);
			return;
		}
		if (!reach(TaskStatus.ACCEPTED, "accepted", day)) {
			return;
		}
		day = day.plusDays(route.urgent ? 0 : dice.days(rates.meanDaysToContact()));
		double outcome = dice.unit();
		if (outcome < rates.unreachable() && !route.urgent) {
			reach(TaskStatus.FAILED, "unable-to-reach", day.plusDays(rates.routineDueDays()));
			return;
		}
		if (outcome < rates.unreachable() + rates.declinedByFamily() && !route.urgent) {
			reach(TaskStatus.CANCELLED, "family-declined", day);
			return;
		}
		if (!reach(TaskStatus.INPROGRESS, "family-contacted", day)) {
			return;
		}
		if (!route.inPractice() && dice.chance(rates.waitlisted())) {
			reach(TaskStatus.ONHOLD, "waitlisted", day.plusDays(dice.days(rates.meanDaysToContact())));
			return;
		}
		day = day.plusDays(route.urgent ? 0 : dice.days(rates.meanDaysToFirstVisit()));
		if (!reach(TaskStatus.INPROGRESS, "first-visit-held", day)) {
			return;
		}
		firstVisit = day;
		day = day.plusDays(dice.days(rates.meanDaysToComplete()));
		if (reach(TaskStatus.COMPLETED, "completed", day)) {
			completed = day;
		}
	}

	/** Records the step if it has happened by the "as of" day; false once the journey reaches the present. */
	private boolean reach(TaskStatus status, String businessStatus, LocalDate day) {
		if (day.isAfter(asOf)) {
			return false;
		}
		steps.add(new Step(status, businessStatus, day));
		return true;
	}

	Step current() {
		return steps.get(steps.size() - 1);
	}

	LocalDate accepted() {
		return steps.stream().filter(step -> step.status() == TaskStatus.ACCEPTED).map(Step::day).findFirst().orElse(null);
	}

	/** The first visit, if it has been held. */
	LocalDate firstVisit() {
		return firstVisit;
	}

	/** The day the referral was completed, or null while it is still open. */
	LocalDate completed() {
		return completed;
	}

	boolean open() {
		TaskStatus status = current().status();
		return status == TaskStatus.REQUESTED || status == TaskStatus.ACCEPTED || status == TaskStatus.INPROGRESS
				|| status == TaskStatus.ONHOLD;
	}
}
