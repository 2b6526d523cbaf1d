package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ecmh.synthetic.Referrals.Referral;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The family care plan a child gets once the family has met the practice's own team for a referral: the care team,
 * one or two goals in the family's words, and an activity per referral with the contacts that carried it out.
 */
final class CarePlans {

	private static final List<String> FAMILY_GOALS = List.of(
			"Calmer bedtimes", "I feel less alone", "Fewer tantrums at daycare", "Enough food at the end of the month",
			"Understand how my child is developing", "Feel more confident as a parent", "Get my child into a preschool program");
	private static final List<String> ACHIEVEMENT = List.of("in-progress", "improving", "achieved");
	private static final int GOAL_HORIZON_MONTHS = 6;

	private final FamilyBundle bundle;
	private final Dice dice;

	CarePlans(FamilyBundle bundle, Dice dice) {
		this.bundle = bundle;
		this.dice = dice;
	}

	/** Writes the plan if the family has engaged with an in-practice referral; does nothing otherwise. */
	void plan(Household household, List<Referral> referrals) {
		List<Referral> accepted = referrals.stream()
				.filter(referral -> referral.route().inPractice() && referral.journey().firstVisit() != null)
				.sorted(Comparator.comparing(referral -> referral.journey().accepted()))
				.toList();
		if (accepted.isEmpty()) {
			return;
		}
		LocalDate start = accepted.get(0).journey().accepted();
		Reference team = bundle.add(careTeam(household, start));
		List<Reference> goals = accepted.stream().limit(dice.between(1, 2))
				.map(referral -> bundle.add(goal(household, referral, start)))
				.toList();
		bundle.add(carePlan(household, accepted, team, goals, start));
	}

	private static CareTeam careTeam(Household household, LocalDate start) {
		CareTeam team = new CareTeam();
		team.getMeta().addProfile(Ig.CARE_TEAM);
		team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		team.setName("Integrated care team");
		team.setSubject(household.child());
		team.setPeriod(new Period().setStartElement(Times.at(start, 12, 0)));
		member(team, Practice.PEDIATRICIAN, new Coding(Ig.TEAM_ROLE, "pcp-champion", null));
		member(team, Practice.CLINICIAN, new Coding(Ig.TEAM_ROLE, "ecmh-clinician", null));
		member(team, Practice.FAMILY_PARTNER, new Coding(Ig.TEAM_ROLE, "family-partner", null));
		team.addParticipant()
				.addRole(new CodeableConcept(new Coding(Ig.SNOMED, "133932002", "Caregiver")))
				.setMember(household.primaryCaregiver());
		team.setManagingOrganization(List.of(new Reference(Practice.PRACTICE)));
		return team;
	}

	private static void member(CareTeam team, String practitioner, Coding role) {
		team.addParticipant().addRole(new CodeableConcept(role)).setMember(new Reference(practitioner));
	}

	private Goal goal(Household household, Referral referral, LocalDate start) {
		Goal goal = new Goal();
		goal.getMeta().addProfile(Ig.GOAL);
		String achievement = dice.pick(ACHIEVEMENT);
		goal.setLifecycleStatus("achieved".equals(achievement) ? Goal.GoalLifecycleStatus.COMPLETED : Goal.GoalLifecycleStatus.ACTIVE);
		goal.setAchievementStatus(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/goal-achievement", achievement, null)));
		goal.setDescription(new CodeableConcept().setText(dice.pick(FAMILY_GOALS)));
		goal.setSubject(household.child());
		goal.setStart(Times.date(start));
		goal.addTarget().setDue(Times.date(start.plusMonths(GOAL_HORIZON_MONTHS)));
		goal.setExpressedBy(household.primaryCaregiver());
		referral.reasons().forEach(reason -> goal.addAddresses(reason.observation()));
		return goal;
	}

	private static CarePlan carePlan(Household household, List<Referral> accepted, Reference team, List<Reference> goals,
			LocalDate start) {
		CarePlan plan = new CarePlan();
		plan.getMeta().addProfile(Ig.CARE_PLAN);
		boolean finished = accepted.stream().allMatch(referral -> referral.journey().completed() != null);
		plan.setStatus(finished ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.addCategory(new CodeableConcept(new Coding(Ig.CAREPLAN_CATEGORY, "ecmh-family-plan", null)));
		plan.setTitle("Family care plan");
		plan.setSubject(household.child());
		plan.setPeriod(new Period().setStartElement(Times.at(start, 12, 0)));
		plan.setAuthor(new Reference(Practice.FAMILY_PARTNER));
		plan.addContributor(household.primaryCaregiver());
		plan.addCareTeam(team);
		goals.forEach(plan::addGoal);
		for (Referral referral : accepted) {
			CarePlan.CarePlanActivityComponent activity = plan.addActivity();
			activity.addExtension(Ig.EXT_SERVICE_TIER, new Coding(Ig.SERVICE_TIER, referral.route().tier.code, null));
			activity.setReference(referral.request());
			referral.contacts().forEach(activity::addOutcomeReference);
		}
		return plan;
	}
}
