package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The closed-loop referral as a practice's EHR drives it over REST: a referral Task walked through its
 * states with a Provenance trail, an illegal move refused, the overdue worklist, $apply for a child with a
 * positive caregiver EPDS, and auto-proposal of drafts (the test servers run with ecmh.referral.auto-propose
 * on and Organization/ecmh-practice as proposer).
 */
abstract class ReferralContract extends ServerUnderTest {

	static final String STATUS = ECMH + "CodeSystem/ecmh-referral-status";

	IdType child;
	IdType pcp;
	IdType familyPartner;

	@BeforeEach
	void family() {
		client.update().resource(new Organization().setName("Riverside Pediatrics").setId("Organization/ecmh-practice")).execute();
		child = create(child("Okafor")).toUnqualifiedVersionless();
		pcp = create(new PractitionerRole().setActive(true)).toUnqualifiedVersionless();
		familyPartner = create(new PractitionerRole().setActive(true)).toUnqualifiedVersionless();
	}

	@Test
	void aReferralTaskWalksThroughItsStatesAndEachMoveLeavesAProvenance() {
		Task task = read(create(referralTask(TaskStatus.REQUESTED, "sent")));

		task = move(task, TaskStatus.ACCEPTED, "accepted");
		task = move(task, TaskStatus.INPROGRESS, "family-contacted");
		task = move(task, TaskStatus.INPROGRESS, "first-visit-scheduled");
		task = move(task, TaskStatus.ONHOLD, "family-paused");
		task = move(task, TaskStatus.INPROGRESS, "first-visit-held");
		task = move(task, TaskStatus.COMPLETED, "completed");

		assertThat(task.getStatus()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(task.getIdElement().getVersionIdPart()).isEqualTo("7");
		List<Provenance> trail = trailOf(task);
		assertThat(trail).extracting(p -> p.getActivity().getText()).containsExactlyInAnyOrder(
				"created as 'requested' (sent)",
				"'requested' → 'accepted' (accepted)",
				"'accepted' → 'in-progress' (family-contacted)",
				"'in-progress' → 'in-progress' (first-visit-scheduled)",
				"'in-progress' → 'on-hold' (family-paused)",
				"'on-hold' → 'in-progress' (first-visit-held)",
				"'in-progress' → 'completed' (completed)");
		Provenance completion = trail.stream().filter(p -> p.getActivity().getText().endsWith("(completed)")).findFirst().orElseThrow();
		assertThat(completion.getTargetFirstRep().getReference()).endsWith("Task/" + task.getIdPart() + "/_history/7");
		assertThat(completion.getAgentFirstRep().getWho().getReference()).isEqualTo(familyPartner.getValue());
	}

	@Test
	void anIllegalMoveIsRefusedNamingBothStatesAndNothingChanges() {
		Task completed = read(create(referralTask(TaskStatus.COMPLETED, "completed")));
		int trailBefore = trailOf(completed).size();

		Task reopened = completed.copy();
		reopened.setStatus(TaskStatus.INPROGRESS);
		reopened.setBusinessStatus(status("engaged"));

		assertThatThrownBy(() -> client.update().resource(reopened).execute())
				.isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
					assertThat(e.getStatusCode()).isEqualTo(409);
					assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
							.contains("from 'completed' to 'in-progress'");
				});
		Task stored = read(completed.getIdElement().toUnqualifiedVersionless());
		assertThat(stored.getStatus()).isEqualTo(TaskStatus.COMPLETED);
		assertThat(stored.getIdElement().getVersionIdPart()).isEqualTo("1");
		assertThat(trailOf(completed)).hasSize(trailBefore);
	}

	@Test
	void anIllegalMoveInsideATransactionIsRefusedToo() {
		Task draft = read(create(referralTask(TaskStatus.DRAFT, "proposed")));
		Task skipped = draft.copy();
		skipped.setStatus(TaskStatus.COMPLETED);
		skipped.setBusinessStatus(status("completed"));
		skipped.setOwner(new Reference(familyPartner.getValue()));
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		transaction.addEntry().setResource(skipped).getRequest()
				.setMethod(Bundle.HTTPVerb.PUT).setUrl(draft.getIdElement().toUnqualifiedVersionless().getValue());

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOfSatisfying(BaseServerResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));
		assertThat(read(draft.getIdElement().toUnqualifiedVersionless()).getStatus()).isEqualTo(TaskStatus.DRAFT);
	}

	@Test
	void theOverdueWorklistListsOpenReferralsWithoutProgressForTheConfiguredDays() {
		Task stale = referralTask(TaskStatus.REQUESTED, "sent");
		Date monthAgo = new Date(System.currentTimeMillis() - 30L * 24 * 3600 * 1000);
		stale.setAuthoredOn(monthAgo);
		stale.setLastModified(monthAgo);
		IdType staleId = create(stale);
		IdType fresh = create(referralTask(TaskStatus.REQUESTED, "sent"));

		assertThat(ids(overdue())).contains(staleId.toUnqualifiedVersionless().getValue())
				.doesNotContain(fresh.toUnqualifiedVersionless().getValue());

		move(read(staleId), TaskStatus.ACCEPTED, "accepted");
		assertThat(ids(overdue())).doesNotContain(staleId.toUnqualifiedVersionless().getValue());
	}

	@Test
	void applyForAChildWithAPositiveEpdsProposesDraftReferralsAndStoresNothing() {
		IdType epds = create(positiveEpds());
		int referralsBefore = countOf("ServiceRequest");

		Parameters in = new Parameters();
		in.addParameter("subject", new StringType(child.toUnqualifiedVersionless().getValue()));
		in.addParameter("practitioner", new StringType(pcp.getValue()));
		CarePlan plan = client.operation().onType("PlanDefinition").named("$apply").withParameters(in)
				.returnResourceType(CarePlan.class).execute();

		assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
		assertThat(plan.getInstantiatesCanonical()).extracting(c -> c.getValue())
				.containsExactly(ECMH + "PlanDefinition/rule-caregiver-depression|0.1.0");
		List<ServiceRequest> referrals = plan.getContained().stream()
				.filter(ServiceRequest.class::isInstance).map(ServiceRequest.class::cast).toList();
		assertThat(referrals).extracting(r -> r.getCode().getCodingFirstRep().getCode())
				.containsExactly("family-partner", "caregiver-own-care");
		assertThat(referrals).allSatisfy(r -> {
			assertThat(r.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
			assertThat(r.getReasonReferenceFirstRep().getReference()).isEqualTo(epds.toUnqualifiedVersionless().getValue());
		});
		assertThat(plan.getContained().stream().filter(Task.class::isInstance).map(Task.class::cast))
				.hasSize(2).allSatisfy(t -> assertThat(t.getStatus()).isEqualTo(TaskStatus.DRAFT));
		assertThat(plan.getActivity()).hasSize(4);
		assertThat(countOf("ServiceRequest")).isEqualTo(referralsBefore);
	}

	@Test
	void aPositiveScreeningResultIsAutoProposedAsDraftsOnlyForAClinicianToConfirm() {
		create(positiveEpds());

		List<ServiceRequest> referrals = search("ServiceRequest", ServiceRequest.class);
		List<Task> tasks = search("Task", Task.class);
		assertThat(referrals).extracting(r -> r.getCode().getCodingFirstRep().getCode())
				.containsExactlyInAnyOrder("family-partner", "caregiver-own-care");
		assertThat(referrals).allSatisfy(r -> {
			assertThat(r.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
			assertThat(r.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PROPOSAL);
		});
		assertThat(tasks).hasSize(2).allSatisfy(t -> {
			assertThat(t.getStatus()).isEqualTo(TaskStatus.DRAFT);
			assertThat(t.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("proposed");
			assertThat(referrals).extracting(r -> r.getIdElement().toUnqualifiedVersionless().getValue())
					.contains(t.getFocus().getReference());
		});

		Task confirmed = tasks.get(0).copy();
		confirmed.setRequester(new Reference(pcp.getValue()));
		Task requested = move(confirmed, TaskStatus.REQUESTED, "sent");
		assertThat(requested.getStatus()).isEqualTo(TaskStatus.REQUESTED);
	}

	private Task referralTask(TaskStatus status, String businessStatus) {
		Task task = referralTask(child, pcp, status, businessStatus);
		if (status == TaskStatus.COMPLETED) {
			task.setOwner(new Reference(familyPartner.getValue()));
		}
		return task;
	}

	/** The next step, as the person who takes it writes it: the receiver owns the referral from acceptance on. */
	private Task move(Task task, TaskStatus status, String businessStatus) {
		Task next = task.copy();
		next.setStatus(status);
		next.setBusinessStatus(status(businessStatus));
		if (status != TaskStatus.REQUESTED) {
			next.setOwner(new Reference(familyPartner.getValue()));
		}
		next.setStatusReason(status == TaskStatus.ONHOLD ? new CodeableConcept().setText("The family asked to pause for two weeks") : null);
		IdType id = (IdType) client.update().resource(next).execute().getId();
		return read(id.toUnqualifiedVersionless());
	}

	private Observation positiveEpds() {
		IdType caregiver = create(new RelatedPerson(new Reference(child.getValue())));
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference(child.getValue()));
		IdType responseId = create(response);

		Observation epds = new Observation();
		epds.getMeta().addProfile(ECMH + "StructureDefinition/ecmh-caregiver-screening-result");
		epds.setStatus(Observation.ObservationStatus.FINAL);
		epds.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category").setCode("survey");
		epds.addCategory().addCoding().setSystem(ECMH + "CodeSystem/ecmh-screening-category").setCode("caregiver-mental-health");
		epds.getCode().addCoding().setSystem(ECMH + "CodeSystem/ecmh-score").setCode("epds-total");
		epds.setSubject(new Reference(child.getValue()));
		epds.addFocus(new Reference(caregiver.getValue()));
		epds.setEffective(DateTimeType.now());
		epds.addPerformer(new Reference(caregiver.getValue()));
		epds.setValue(new org.hl7.fhir.r4.model.IntegerType(14));
		epds.addInterpretation().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation").setCode("POS");
		epds.addInterpretation().addCoding().setSystem(ECMH + "CodeSystem/ecmh-screening-result").setCode("probable-depression");
		epds.addDerivedFrom(new Reference(responseId.getValue()));
		return epds;
	}

	private Task read(IdType id) {
		return client.read().resource(Task.class).withId(id.toUnqualifiedVersionless()).execute();
	}

	private Bundle overdue() {
		return client.operation().onType("Task").named("$overdue")
				.withSearchParameter(Parameters.class, "patient", new ca.uhn.fhir.rest.param.ReferenceParam(child.getValue()))
				.useHttpGet().returnResourceType(Bundle.class).execute();
	}

	private List<Provenance> trailOf(Task task) {
		return search("Provenance?target=" + task.getIdElement().toUnqualifiedVersionless().getValue(), Provenance.class);
	}

	private <T extends org.hl7.fhir.r4.model.Resource> List<T> search(String query, Class<T> type) {
		String url = query.contains("?") ? query : query + "?subject=" + child.getValue();
		Bundle found = client.search().byUrl(url).count(100).cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute();
		return found.getEntry().stream().map(e -> type.cast(e.getResource())).toList();
	}

	private static CodeableConcept status(String code) {
		return new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(STATUS, code, null));
	}
}
