package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecmh.synthetic.ReferralJourney.Step;
import org.ecmh.synthetic.Screening.Positive;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * Turns a screen's positive results into a referral (ServiceRequest), the contacts that carry it out, and
 * the Task that tracks it, in the state its journey has reached.
 */
final class Referrals {

	/** A referral made for a child, with what came of it, for the care plan. */
	record Referral(ReferralRoute route, Reference request, ReferralJourney journey, List<Reference> contacts,
			List<Positive> reasons) {}

	private static final List<String> FAMILY_PARTNER_ACTIVITIES = List.of(
			"emotional-support", "goal-setting", "resource-navigation", "care-coordination", "follow-up", "advocacy");

	private final FamilyBundle bundle;
	private final Dice dice;
	private final PracticeRates rates;
	private final Practice practice;
	private final LocalDate asOf;
	private final Contacts contacts;

	Referrals(FamilyBundle bundle, Dice dice, PracticeRates rates, Practice practice, LocalDate asOf) {
		this.bundle = bundle;
		this.dice = dice;
		this.rates = rates;
		this.practice = practice;
		this.asOf = asOf;
		this.contacts = new Contacts(bundle, dice);
	}

	/**
	 * Refers the first positive score of a screen (an item score such as EPDS self-harm comes first), unless
	 * the child was already referred the same way: the team then follows up within that referral.
	 */
	Optional<Referral> refer(List<Positive> positives, Household household, Reference visit, LocalDate day,
			List<Referral> earlier) {
		Positive reason = positives.get(0);
		ReferralRoute route = dice.pick(ReferralRoute.forScore(reason.score().code()));
		if (earlier.stream().anyMatch(referral -> referral.route() == route)) {
			return Optional.empty();
		}
		ReferralJourney journey = ReferralJourney.travel(day, asOf, route, rates, dice);
		Reference request = bundle.add(serviceRequest(route, journey, positives, household, visit, day));
		List<Reference> visits = contactsFor(route, journey, household, request);
		bundle.add(task(route, journey, household, request, visits, day));
		return Optional.of(new Referral(route, request, journey, visits, positives));
	}

	private List<Reference> contactsFor(ReferralRoute route, ReferralJourney journey, Household household,
			Reference request) {
		List<Reference> visits = new ArrayList<>();
		LocalDate first = journey.firstVisit();
		if (first == null) {
			return visits;
		}
		if (!route.inPractice()) {
			if (dice.chance(rates.accompaniment())) {
				visits.add(contacts.accompaniment(household, request, first));
			}
			return visits;
		}
		LocalDate last = journey.completed() == null ? asOf : journey.completed();
		int followUps = dice.between(0, rates.maxFollowUpVisits());
		for (int n = 0; n <= followUps; n++) {
			LocalDate day = first.plusDays((long) n * rates.daysBetweenVisits());
			if (day.isAfter(last)) {
				break;
			}
			visits.add(contact(route, household, request, day, n == 0));
		}
		return visits;
	}

	private Reference contact(ReferralRoute route, Household household, Reference request, LocalDate day, boolean first) {
		return switch (route) {
			case PARENT_GROUP -> contacts.groupAttendance(household, request, nextSession(day));
			case FAMILY_PARTNER -> contacts.familyPartnerVisit(household, request, day,
					first ? "outreach" : dice.pick(FAMILY_PARTNER_ACTIVITIES));
			default -> contacts.clinicianVisit(household, request, day, route.tier);
		};
	}

	private LocalDate nextSession(LocalDate day) {
		return practice.parentGroupSessions().stream().filter(session -> !session.isBefore(day)).findFirst()
				.orElse(practice.parentGroupSessions().get(practice.parentGroupSessions().size() - 1));
	}

	private ServiceRequest serviceRequest(ReferralRoute route, ReferralJourney journey, List<Positive> positives, Household household,
			Reference visit, LocalDate day) {
		ServiceRequest request = new ServiceRequest();
		request.getMeta().addProfile(Ig.REFERRAL);
		request.addExtension(Ig.EXT_SERVICE_TIER, new Coding(Ig.SERVICE_TIER, route.tier.code, null));
		if (positives.get(0).instrument().screensCaregiver()) {
			request.addExtension(Ig.EXT_FOCUS, household.screenedCaregiver());
		}
		request.setStatus(requestStatus(journey));
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.setPriority(route.urgent ? ServiceRequest.ServiceRequestPriority.URGENT : ServiceRequest.ServiceRequestPriority.ROUTINE);
		request.setCode(new CodeableConcept(new Coding(Ig.REFERRAL_TARGET, route.target, null)));
		request.setSubject(household.child());
		request.setEncounter(visit);
		request.setAuthoredOnElement(Times.at(day, 12, 0));
		request.setRequester(new Reference(Practice.PEDIATRICIAN));
		request.addPerformer(new Reference(route.performer));
		positives.forEach(positive -> request.addReasonReference(positive.observation()));
		return request;
	}

	private Task task(ReferralRoute route, ReferralJourney journey, Household household, Reference request,
			List<Reference> visits, LocalDate sent) {
		Step now = journey.current();
		Task task = new Task();
		task.getMeta().addProfile(Ig.REFERRAL_TASK);
		task.setStatus(now.status());
		task.setBusinessStatus(new CodeableConcept(new Coding(Ig.REFERRAL_STATUS, now.businessStatus(), null)));
		if (needsReason(now.status())) {
			task.setStatusReason(new CodeableConcept().setText(now.businessStatus().replace('-', ' ')));
		}
		task.setIntent(Task.TaskIntent.ORDER);
		task.setPriority(route.urgent ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
		task.setCode(new CodeableConcept(new Coding(Ig.TASK_CODE, "fulfill", null)));
		task.setFocus(request);
		task.setFor(household.child());
		task.setAuthoredOnElement(Times.at(sent, 12, 0));
		task.setLastModifiedElement(Times.at(now.day(), 15, 0));
		task.setRequester(new Reference(Practice.PEDIATRICIAN));
		task.setOwner(new Reference(route.performer));
		LocalDate due = sent.plusDays(route.urgent ? 1 : rates.routineDueDays());
		task.getRestriction().setPeriod(new Period().setEndElement(Times.at(due, 23, 59)));
		if (journey.accepted() != null) {
			Period execution = new Period().setStartElement(Times.at(journey.accepted(), 12, 0));
			if (!journey.open()) {
				execution.setEndElement(Times.at(now.day(), 15, 0));
			}
			task.setExecutionPeriod(execution);
		}
		if (!visits.isEmpty()) {
			task.addOutput()
					.setType(new CodeableConcept(new Coding(Ig.TASK_OUTPUT, "resulting-encounter", null)))
					.setValue(visits.get(0));
		}
		return task;
	}

	/** The referral stays active while its Task is open, and ends the way the Task ends. */
	private static ServiceRequest.ServiceRequestStatus requestStatus(ReferralJourney journey) {
		if (journey.open()) {
			return ServiceRequest.ServiceRequestStatus.ACTIVE;
		}
		return journey.completed() != null ? ServiceRequest.ServiceRequestStatus.COMPLETED : ServiceRequest.ServiceRequestStatus.REVOKED;
	}

	private static boolean needsReason(TaskStatus status) {
		return status == TaskStatus.REJECTED || status == TaskStatus.CANCELLED || status == TaskStatus.FAILED
				|| status == TaskStatus.ONHOLD;
	}
}
