package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import java.util.List;
import java.util.UUID;
import org.ecmh.fhir.ig.ImplementationGuidePackage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One family through the integrated-care model, over the FHIR API only: SWYC/BPSC for the child and EPDS for
 * the caregiver at a well visit, scores, draft referrals, a clinician confirming, the family partner's home
 * visit, the referral Task completed, and the family's care-plan goal met, each step read back by search.
 * The team, roles and partners come from the IG's examples; the family is new.
 */
abstract class FamilyJourneyContract extends ServerUnderTest {

	private static final String SCORES = "http://fhir.ecmh.org/CodeSystem/ecmh-score";
	private static final String REFERRAL_STATUS = "http://fhir.ecmh.org/CodeSystem/ecmh-referral-status";
	private static final String REFERRAL_TARGET = "http://fhir.ecmh.org/CodeSystem/ecmh-referral-target";
	private static final String FAMILY_PARTNER = "PractitionerRole/role-family-partner";

	@Autowired
	ImplementationGuidePackage ig;

	@Test
	void aFamilyWalksThroughScreeningReferralHomeVisitAndAGoalMet() {
		IgContent guide = IgContent.of(ig);
		guide.storeExamples(client);
		client.update().resource(new Organization().setName("Riverside Pediatrics").setId("Organization/ecmh-practice")).execute();
		String child = create(newChild()).toUnqualifiedVersionless().getValue();
		String caregiver = create(new RelatedPerson().setPatient(new Reference(child))).toUnqualifiedVersionless().getValue();

		// Well visit: the caregiver answers the child's BPSC and her own EPDS.
		String bpsc = postAsFamily(guide.exampleJson("QuestionnaireResponse", "qr-bpsc-amara"), child, caregiver);
		String epds = postAsFamily(guide.exampleJson("QuestionnaireResponse", "qr-epds-ngozi"), child, caregiver);

		Observation epdsTotal = single(search("Observation?derived-from=" + epds + "&code=" + SCORES + "|epds-total"), Observation.class);
		assertThat(epdsTotal.getValue().primitiveValue()).isEqualTo("14");
		assertThat(epdsTotal.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("POS");
		assertThat(search("Observation?derived-from=" + bpsc).getEntry()).isNotEmpty();

		// The referral rules proposed drafts; nothing is ordered yet.
		List<ServiceRequest> drafts = all(search("ServiceRequest?subject=" + child + "&status=draft"), ServiceRequest.class);
		ServiceRequest familyPartnerReferral = drafts.stream().filter(FamilyJourneyContract::isFamilyPartnerReferral).findFirst()
				.orElseThrow(() -> new AssertionError("no family-partner referral proposed among " + drafts.size()));
		assertThat(search("ServiceRequest?subject=" + child + "&status=active").getEntry()).isEmpty();
		Task task = single(search("Task?focus=" + familyPartnerReferral.getIdElement().toUnqualifiedVersionless().getValue()), Task.class);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DRAFT);

		// A clinician confirms: the referral becomes active and its Task is requested.
		familyPartnerReferral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		client.update().resource(familyPartnerReferral).execute();
		task = move(task, TaskStatus.REQUESTED, "sent");

		// The family partner takes it, reaches the family and visits them at home.
		task.setOwner(new Reference(FAMILY_PARTNER));
		task = move(task, TaskStatus.ACCEPTED, "accepted");
		task = move(task, TaskStatus.INPROGRESS, "family-contacted");
		String visit = create(homeVisit(guide, child, caregiver, familyPartnerReferral)).toUnqualifiedVersionless().getValue();
		task.addOutput().setType(new CodeableConcept(new Coding("http://fhir.ecmh.org/CodeSystem/ecmh-task-output", "resulting-encounter", null)))
				.setValue(new Reference(visit));
		task = move(task, TaskStatus.COMPLETED, "first-visit-held");

		// The family's own goal, planned with the family partner, is met.
		Goal goal = (Goal) parseAsFamily(guide.exampleJson("Goal", "goal-ngozi-connected"), child, caregiver);
		goal.setAddresses(List.of(new Reference(epdsTotal.getIdElement().toUnqualifiedVersionless().getValue())));
		String goalId = create(goal).toUnqualifiedVersionless().getValue();
		CarePlan plan = familyPlan(guide, child, caregiver, goalId, familyPartnerReferral, visit, epdsTotal);
		create(plan);
		goal = client.read().resource(Goal.class).withId(goalId).execute();
		goal.setLifecycleStatus(Goal.GoalLifecycleStatus.COMPLETED);
		goal.setAchievementStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", "achieved", "Achieved")));
		client.update().resource(goal).execute();

		// Everything reads back through search, as an analyst or the next clinician would find it.
		assertThat(single(search("Task?patient=" + child + "&status=completed"), Task.class).getBusinessStatus().getCodingFirstRep().getCode())
				.isEqualTo("first-visit-held");
		assertThat(search("Provenance?target=" + task.getIdElement().toUnqualifiedVersionless().getValue()).getEntry()).hasSize(5);
		assertThat(single(search("Encounter?patient=" + child + "&based-on=" + familyPartnerReferral.getIdElement().toUnqualifiedVersionless().getValue()),
				Encounter.class).getClass_().getCode()).isEqualTo("HH");
		Bundle plans = search("CarePlan?patient=" + child + "&_include=CarePlan:goal");
		assertThat(all(plans, Goal.class)).singleElement()
				.satisfies(met -> assertThat(met.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.COMPLETED));
	}

	private Task move(Task task, TaskStatus status, String businessStatus) {
		task.setStatus(status);
		task.setBusinessStatus(new CodeableConcept(new Coding(REFERRAL_STATUS, businessStatus, null)));
		client.update().resource(task).execute();
		return client.read().resource(Task.class).withId(task.getIdElement().toUnqualifiedVersionless()).execute();
	}

	private static boolean isFamilyPartnerReferral(ServiceRequest referral) {
		return referral.getCode().getCoding().stream()
				.anyMatch(c -> REFERRAL_TARGET.equals(c.getSystem()) && "family-partner".equals(c.getCode()));
	}

	private Encounter homeVisit(IgContent guide, String child, String caregiver, ServiceRequest referral) {
		Encounter visit = (Encounter) parseAsFamily(guide.exampleJson("Encounter", "encounter-fp-home-visit"), child, caregiver);
		visit.setBasedOn(List.of(new Reference(referral.getIdElement().toUnqualifiedVersionless().getValue())));
		return visit;
	}

	private CarePlan familyPlan(IgContent guide, String child, String caregiver, String goal, ServiceRequest referral,
			String visit, Observation screen) {
		CarePlan plan = (CarePlan) parseAsFamily(guide.exampleJson("CarePlan", "careplan-amara"), child, caregiver);
		plan.setGoal(List.of(new Reference(goal)));
		plan.setSupportingInfo(List.of(new Reference(screen.getIdElement().toUnqualifiedVersionless().getValue())));
		plan.getActivity().removeIf(activity -> !activity.hasReference()
				|| !activity.getReference().getReference().equals("ServiceRequest/referral-family-partner"));
		plan.getActivityFirstRep().setReference(new Reference(referral.getIdElement().toUnqualifiedVersionless().getValue()))
				.setOutcomeReference(List.of(new Reference(visit)));
		return plan;
	}

	/** Posts an example response as if this family had answered it, and returns its id. */
	private String postAsFamily(String exampleJson, String child, String caregiver) {
		return create(parseAsFamily(exampleJson, child, caregiver)).toUnqualifiedVersionless().getValue();
	}

	private static Resource parseAsFamily(String exampleJson, String child, String caregiver) {
		Resource resource = (Resource) FHIR.newJsonParser().parseResource(exampleJson
				.replace("Patient/child-amara", child)
				.replace("RelatedPerson/caregiver-ngozi", caregiver));
		resource.setId((String) null);
		return resource;
	}

	private static Patient newChild() {
		Patient child = new Patient();
		child.addName().setFamily("Journey-" + UUID.randomUUID()).addGiven("Zuri");
		child.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2026-05-10"));
		return child;
	}

	private Bundle search(String url) {
		return client.search().byUrl(url).cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute();
	}

	private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(type::isInstance).map(type::cast).toList();
	}

	private static <T extends Resource> T single(Bundle bundle, Class<T> type) {
		List<T> found = all(bundle, type);
		assertThat(found).as(type.getSimpleName()).hasSize(1);
		return found.get(0);
	}
}
