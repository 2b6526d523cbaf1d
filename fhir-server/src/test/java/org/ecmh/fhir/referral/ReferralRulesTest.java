package org.ecmh.fhir.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** Each referral rule of the built IG package, applied to screening results as a clinician would read them. */
class ReferralRulesTest {

	private static final String SCORE = "http://fhir.ecmh.org/CodeSystem/ecmh-score";
	private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	private static final String RESULT = "http://fhir.ecmh.org/CodeSystem/ecmh-screening-result";

	private final PackagedRules library = new PackagedRules();
	private final FhirPathExpressions expressions = new FhirPathExpressions(PackagedRules.FHIR);
	private final ReferralRules rules = new ReferralRules(library, expressions, new Drafts(PackagedRules.FHIR, expressions));
	private final Patient amara = (Patient) new Patient().setBirthDateElement(new DateType("2025-06-01")).setId("Patient/amara");
	private final Reference drLee = new Reference("PractitionerRole/dr-lee");

	@Test
	void aPositiveBpscSubscaleProposesTheEcmhClinician() {
		assertThat(proposed("rule-social-emotional", result("bpsc-irritability", "POS")))
				.containsExactly("refer-ecmh-clinician", "refer-ecmh-clinician-task");
		assertThat(proposed("rule-social-emotional", result("ppsc-total", "POS"))).contains("refer-ecmh-clinician");
		assertThat(proposed("rule-social-emotional", result("bpsc-irritability", "NEG"))).isEmpty();
	}

	@Test
	void aPositiveCaregiverDepressionScreenProposesTheFamilyPartnerAndTheCaregiversOwnCare() {
		for (String score : List.of("epds-total", "phq2-total", "phq9-total", "swycfq-depression")) {
			assertThat(proposed("rule-caregiver-depression", result(score, "POS"))).as(score).containsExactly(
					"refer-family-partner", "refer-family-partner-task", "refer-caregiver-own-care", "refer-caregiver-own-care-task");
		}
		assertThat(proposed("rule-caregiver-depression", result("epds-total", "NEG"))).isEmpty();
	}

	@Test
	void anEndorsedSelfHarmItemProposesAStatSafetyAssessmentWhateverTheTotal() {
		ReferralRules.Outcome outcome = apply("rule-self-harm", result("epds-self-harm", "POS"));
		assertThat(ids(outcome)).containsExactly("refer-urgent-safety", "refer-urgent-safety-task");
		assertThat(((ServiceRequest) outcome.proposals().get(0).draft()).getPriority()).isEqualTo(ServiceRequestPriority.STAT);
		assertThat(proposed("rule-self-harm", result("phq9-self-harm", "POS"))).contains("refer-urgent-safety");
		assertThat(proposed("rule-self-harm", result("epds-total", "POS"))).isEmpty();
	}

	@Test
	void aPositiveHungerVitalSignProposesConcreteNeedsServices() {
		assertThat(proposed("rule-food-insecurity", result("hvs-risk", "POS"))).containsExactly("refer-concrete-needs", "refer-concrete-needs-task");
		assertThat(proposed("rule-food-insecurity", result("swycfq-food", "NEG"))).isEmpty();
	}

	@Test
	void mchatMediumRiskProposesTheFollowUpInterviewAndHighRiskEarlyInterventionAndEvaluation() {
		assertThat(proposed("rule-autism-risk", result("mchatr-total", "POS", "medium-risk"))).containsExactly("mchat-followup", "mchat-followup-task");
		assertThat(proposed("rule-autism-risk", result("mchatr-total", "POS", "high-risk"))).containsExactly(
				"refer-early-intervention", "refer-early-intervention-task", "refer-developmental-evaluation", "refer-developmental-evaluation-task");
		assertThat(proposed("rule-autism-risk", result("mchatrf-followup", "POS"))).contains("refer-early-intervention");
		assertThat(proposed("rule-autism-risk", result("mchatr-total", "NEG", "low-risk"))).isEmpty();
	}

	@Test
	void aDevelopmentalScreenBelowCutOffProposesEarlyInterventionAndEvaluation() {
		assertThat(proposed("rule-developmental", result("asq3-communication", "POS"))).containsExactly(
				"refer-early-intervention", "refer-early-intervention-task", "refer-developmental-evaluation", "refer-developmental-evaluation-task");
		assertThat(proposed("rule-developmental", result("swyc-milestones-total", "POS"))).contains("refer-early-intervention");
		assertThat(proposed("rule-developmental", result("asq3-fine-motor", "NEG"))).isEmpty();
	}

	@Test
	void proposalsAreDraftsAndEachTaskTracksItsReferral() {
		Observation epds = result("epds-total", "POS");
		ReferralRules.Outcome outcome = apply("rule-caregiver-depression", epds);

		ServiceRequest referral = (ServiceRequest) outcome.proposals().get(0).draft();
		assertThat(referral.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
		assertThat(referral.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PROPOSAL);
		assertThat(referral.getMeta().getProfile().get(0).getValue()).isEqualTo("http://fhir.ecmh.org/StructureDefinition/ecmh-referral");
		assertThat(referral.getReasonReferenceFirstRep().getReference()).isEqualTo("Observation/epds");
		assertThat(referral.getRequester().getReference()).isEqualTo("PractitionerRole/dr-lee");

		Proposal tracking = outcome.proposals().get(1);
		Task task = (Task) tracking.draft();
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.DRAFT);
		assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("proposed");
		assertThat(task.getFor().getReference()).isEqualTo("Patient/amara");
		assertThat(tracking.tracks()).isEqualTo("refer-family-partner");
	}

	@Test
	void everyProposedReferralNamesItsEcmhReferralTarget() {
		List<Observation> everyPositive = List.of(result("bpsc-irritability", "POS"), result("epds-total", "POS"), result("epds-self-harm", "POS"),
				result("hvs-risk", "POS"), result("mchatr-total", "POS", "high-risk"), result("mchatr-total", "POS", "medium-risk"));
		List<ServiceRequest> referrals = rules.apply(library.rules(), amara, everyPositive, drLee).proposals().stream()
				.map(Proposal::draft).filter(ServiceRequest.class::isInstance).map(ServiceRequest.class::cast).toList();
		assertThat(referrals).hasSize(8).allSatisfy(referral -> assertThat(referral.getCode().getCoding())
				.anyMatch(coding -> coding.getSystem().equals("http://fhir.ecmh.org/CodeSystem/ecmh-referral-target")));
	}

	@Test
	void allRulesTogetherProposeEachReferralOnceWithTheReasonsOfEveryRuleThatAskedForIt() {
		Observation mchat = result("mchatr-total", "POS", "high-risk");
		Observation asq = result("asq3-communication", "POS");
		ReferralRules.Outcome outcome = rules.apply(library.rules(), amara, List.of(mchat, asq), drLee);

		assertThat(ids(outcome)).containsOnlyOnce("refer-early-intervention");
		ServiceRequest earlyIntervention = (ServiceRequest) outcome.proposals().stream()
				.filter(p -> p.actionId().equals("refer-early-intervention")).findFirst().orElseThrow().draft();
		assertThat(earlyIntervention.getReasonReference()).extracting(Reference::getReference)
				.containsExactlyInAnyOrder("Observation/mchatr-total", "Observation/asq3-communication");
		assertThat(outcome.applied()).extracting(PlanDefinition::getUrl)
				.containsExactlyInAnyOrder("http://fhir.ecmh.org/PlanDefinition/rule-autism-risk", "http://fhir.ecmh.org/PlanDefinition/rule-developmental");
	}

	@Test
	void theRulesListenToTheScoreCodesTheirTriggersName() {
		assertThat(ReferralRules.triggerCodes(List.of(library.plan("rule-self-harm")))).extracting(c -> c.getCode())
				.containsExactlyInAnyOrder("epds-self-harm", "phq9-self-harm");
	}

	private List<String> proposed(String rule, Observation screening) {
		return ids(apply(rule, screening));
	}

	private ReferralRules.Outcome apply(String rule, Observation screening) {
		return rules.apply(List.of(library.plan(rule)), amara, List.of(screening), drLee);
	}

	private static List<String> ids(ReferralRules.Outcome outcome) {
		return outcome.proposals().stream().map(Proposal::actionId).toList();
	}

	/** A scored screening result shaped like the IG's obs-epds-ngozi. */
	private Observation result(String score, String interpretation, String... bands) {
		Observation result = new Observation();
		result.setId("Observation/" + (score.equals("epds-total") ? "epds" : score));
		result.setStatus(ObservationStatus.FINAL);
		result.getCode().addCoding().setSystem(SCORE).setCode(score);
		result.setSubject(new Reference("Patient/amara"));
		result.addInterpretation().addCoding().setSystem(INTERPRETATION).setCode(interpretation);
		for (String band : bands) {
			result.addInterpretation().addCoding().setSystem(RESULT).setCode(band);
		}
		return result;
	}
}
