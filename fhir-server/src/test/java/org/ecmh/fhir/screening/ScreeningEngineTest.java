package org.ecmh.fhir.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecmh.fhir.screening.Screen.items;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shipped instrument scored from its own Questionnaire in the IG package: the guide's examples, each
 * published cut-off on both sides, age bands, reversed items, missing answers and indeterminate results.
 */
class ScreeningEngineTest {

	static final List<String> EPDS = items("epds-", 10);
	static final String LOINC = "http://loinc.org";

	@Nested
	class Epds {

		@Test
		void theGuidesExampleScoresAsItsExampleResult() {
			QuestionnaireResponse response = ShippedGuide.example("qr-epds-ngozi");
			Observation expected = ShippedGuide.example("obs-epds-ngozi");

			List<Observation> results = Screen.ENGINE.results(
					ShippedGuide.questionnaire("ecmh-epds"), response, java.util.OptionalInt.of(6),
					new Reference("QuestionnaireResponse/qr-epds-ngozi"));

			Observation total = withCode(results, "epds-total");
			assertThat(total.getValueIntegerType().getValue()).isEqualTo(expected.getValueIntegerType().getValue()).isEqualTo(14);
			assertThat(codesOf(total.getInterpretation())).containsExactly("POS", "probable-depression");
			assertThat(total.getMeta().getProfile().get(0).getValue()).isEqualTo(ResultObservations.CAREGIVER_PROFILE);
			assertThat(total.getSubject().getReference()).isEqualTo(expected.getSubject().getReference());
			assertThat(total.getFocusFirstRep().getReference()).isEqualTo(expected.getFocusFirstRep().getReference());
			assertThat(total.getPerformerFirstRep().getReference()).isEqualTo(expected.getPerformerFirstRep().getReference());
			assertThat(total.getEffectiveDateTimeType().getValueAsString()).isEqualTo(expected.getEffectiveDateTimeType().getValueAsString());
			assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/qr-epds-ngozi");
			assertThat(codesOf(total.getCategory())).containsExactly("survey", "caregiver-mental-health");
			assertThat(total.getIdentifierFirstRep().getValue()).isEqualTo("QuestionnaireResponse/qr-epds-ngozi/epds-total");
			assertThat(codesOf(withCode(results, "epds-self-harm").getInterpretation())).containsExactly("NEG", "no-risk");
		}

		@ParameterizedTest(name = "EPDS {0} -> {1} {2}")
		@CsvSource({"0, NEG, no-risk", "9, NEG, no-risk", "10, POS, possible-depression", "12, POS, possible-depression",
				"13, POS, probable-depression", "30, POS, probable-depression"})
		void cutOffsOfCox1987(int total, String interpretation, String band) {
			Observation result = Screen.of("ecmh-epds").scoring(total, EPDS).result("epds-total").orElseThrow();

			assertThat(result.getValueIntegerType().getValue()).isEqualTo(total);
			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
		}

		@Test
		void reversedItemsWeighTheirFirstPrintedAnswerHighest() {
			Screen screen = Screen.of("ecmh-epds");
			EPDS.forEach(linkId -> screen.choose(linkId, 0));

			// items 1, 2 and 4 print the symptom-free answer first (0); items 3 and 5-10 print it last (3 first)
			assertThat(screen.result("epds-total").orElseThrow().getValueIntegerType().getValue()).isEqualTo(7 * 3);
		}

		@Test
		void anyThoughtOfSelfHarmIsPositiveWhateverTheTotal() {
			Observation selfHarm = Screen.of("ecmh-epds").scoring(0, EPDS.subList(0, 9)).weigh("epds-10", 1)
					.result("epds-self-harm").orElseThrow();

			assertThat(codesOf(selfHarm.getInterpretation())).containsExactly("POS", "self-harm-risk");
		}

		@Test
		void aCompletedResponseWithAnItemSkippedIsIndeterminate() {
			Observation total = Screen.of("ecmh-epds").scoring(20, EPDS.subList(0, 9)).result("epds-total").orElseThrow();

			assertThat(total.hasValue()).isFalse();
			assertThat(total.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
			assertThat(codesOf(total.getInterpretation())).containsExactly("IND", "incomplete");
		}

		@Test
		void aResponseInProgressYieldsOnlyTheScoresItsAnswersAllow() {
			Screen screen = Screen.of("ecmh-epds").status(QuestionnaireResponseStatus.INPROGRESS)
					.scoring(4, List.of("epds-1", "epds-2")).weigh("epds-10", 0);

			assertThat(screen.results()).extracting(o -> o.getCode().getCodingFirstRep().getCode()).containsExactly("epds-self-harm");
		}

		@Test
		void anAbsentTotalIsFilledInWhereTheQuestionnaireHasIt() {
			Screen screen = Screen.of("ecmh-epds").scoring(14, EPDS);
			screen.results();

			QuestionnaireResponse.QuestionnaireResponseItemComponent last = screen.response.getItem().get(10);
			assertThat(last.getLinkId()).isEqualTo("epds-total");
			assertThat(last.getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(14);
		}

		@Test
		void aTotalThatDisagreesWithTheAnswersIsRefusedNamingTheItemAndBothValues() {
			Screen screen = Screen.of("ecmh-epds").scoring(14, EPDS).answer("epds-total", new IntegerType(9));

			assertThatThrownBy(screen::results).isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> {
				OperationOutcome.OperationOutcomeIssueComponent issue =
						((OperationOutcome) refusal.getOperationOutcome()).getIssueFirstRep();
				assertThat(issue.getDiagnostics()).contains("epds-total", "9", "14");
				assertThat(issue.getExpression().get(0).getValue()).contains("linkId = 'epds-total'");
			});
		}

		@Test
		void anAgreeingTotalIsKept() {
			Screen screen = Screen.of("ecmh-epds").scoring(14, EPDS).answer("epds-total", new IntegerType(14));

			assertThat(screen.result("epds-total")).isPresent();
			assertThat(screen.response.getItem()).filteredOn(i -> i.getLinkId().equals("epds-total")).hasSize(1);
		}

		@Test
		void anAnswerThatIsNotAnOptionIsRefused() {
			Screen screen = Screen.of("ecmh-epds").answer("epds-1", new Coding("http://example.org", "x", null))
					.scoring(14, EPDS.subList(1, 10));

			assertThatThrownBy(screen::results).isInstanceOf(UnprocessableEntityException.class)
					.hasMessageContaining("is not an answer option of item 'epds-1'");
		}

		@Test
		void anItemAnsweredTwiceIsRefused() {
			Screen screen = Screen.of("ecmh-epds").scoring(14, EPDS).weigh("epds-1", 0);

			assertThatThrownBy(screen::results).isInstanceOf(UnprocessableEntityException.class)
					.hasMessageContaining("'epds-1' is answered more than once");
		}

		@Test
		void aResponseEnteredInErrorYieldsNoResults() {
			assertThat(Screen.of("ecmh-epds").scoring(14, EPDS).status(QuestionnaireResponseStatus.ENTEREDINERROR).results()).isEmpty();
		}
	}

	@Nested
	class PhqAndGad {

		@ParameterizedTest(name = "PHQ-2 {0} -> {1}")
		@CsvSource({"2, NEG, no-risk", "3, POS, depression-positive", "6, POS, depression-positive"})
		void phq2CutOffOfKroenke2003(int total, String interpretation, String band) {
			Observation result = Screen.of("ecmh-phq-2").scoring(total, items("phq2-", 2)).result("phq2-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
			assertThat(result.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode)
					.contains(org.assertj.core.groups.Tuple.tuple(LOINC, "55758-7"));
		}

		@Test
		void phq2WithOneItemAnsweredIsIndeterminate() {
			Observation result = Screen.of("ecmh-phq-2").weigh("phq2-1", 3).result("phq2-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("IND", "incomplete");
		}

		@ParameterizedTest(name = "PHQ-9 {0} -> {1}")
		@CsvSource({"9, NEG", "10, POS", "27, POS"})
		void phq9CutOffOfKroenke2001(int total, String interpretation) {
			Observation result = Screen.of("ecmh-phq-9").scoring(total, items("phq9-", 9)).result("phq9-total").orElseThrow();

			assertThat(result.getValueIntegerType().getValue()).isEqualTo(total);
			assertThat(codesOf(result.getInterpretation()).get(0)).isEqualTo(interpretation);
			assertThat(codesOf(result.getCode())).contains("44261-6");
		}

		@Test
		void phq9Item9IsItsOwnUrgentScore() {
			Screen screen = Screen.of("ecmh-phq-9").scoring(0, items("phq9-", 8)).weigh("phq9-9", 1);

			assertThat(codesOf(screen.result("phq9-self-harm").orElseThrow().getInterpretation())).containsExactly("POS", "self-harm-risk");
			assertThat(codesOf(screen.result("phq9-total").orElseThrow().getInterpretation())).containsExactly("NEG", "no-risk");
		}

		@ParameterizedTest(name = "GAD-7 {0} -> {1}")
		@CsvSource({"9, NEG, no-risk", "10, POS, anxiety-positive"})
		void gad7CutOffOfSpitzer2006(int total, String interpretation, String band) {
			Observation result = Screen.of("ecmh-gad-7").scoring(total, items("gad7-", 7)).result("gad7-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
			assertThat(codesOf(result.getCode())).contains("70274-6");
		}
	}

	@Nested
	class MChatR {

		static final List<String> MCHAT = items("mchatr-", 20);

		@ParameterizedTest(name = "M-CHAT-R {0} at 20 months -> {1} {2}")
		@CsvSource({"0, NEG, low-risk", "2, NEG, low-risk", "3, POS, medium-risk", "7, POS, medium-risk", "8, POS, high-risk",
				"20, POS, high-risk"})
		void riskBandsOfRobins2014(int total, String interpretation, String band) {
			Observation result = Screen.of("ecmh-mchat-r").childAged(20).scoring(total, MCHAT).result("mchatr-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
			assertThat(codesOf(result.getCategory())).containsExactly("survey", "autism");
		}

		@Test
		void yesIsTheAtRiskAnswerOnlyForItems2And5And12() {
			Screen screen = Screen.of("ecmh-mchat-r").childAged(24);
			MCHAT.forEach(linkId -> screen.choose(linkId, 0)); // every item answered YES

			assertThat(screen.result("mchatr-total").orElseThrow().getValueIntegerType().getValue()).isEqualTo(3);
		}

		@ParameterizedTest(name = "M-CHAT-R at {0} months is outside 16-30: indeterminate")
		@CsvSource({"15", "31"})
		void outsideItsAgeRangeTheResultIsIndeterminate(int months) {
			Observation result = Screen.of("ecmh-mchat-r").childAged(months).scoring(10, MCHAT).result("mchatr-total").orElseThrow();

			assertThat(result.getValueIntegerType().getValue()).isEqualTo(10);
			assertThat(codesOf(result.getInterpretation())).containsExactly("IND");
		}

		@ParameterizedTest(name = "M-CHAT-R at the edges of 16-30 months ({0}) is scored")
		@CsvSource({"16", "30"})
		void theAgeRangeIsInclusive(int months) {
			Observation result = Screen.of("ecmh-mchat-r").childAged(months).scoring(10, MCHAT).result("mchatr-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("POS", "high-risk");
		}

		@Test
		void withoutTheChildsAgeTheResultIsIndeterminate() {
			Observation result = Screen.of("ecmh-mchat-r").scoring(10, MCHAT).result("mchatr-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("IND");
		}

		@ParameterizedTest(name = "Follow-Up with {0} items failed -> {1}")
		@CsvSource({"1, NEG, low-risk", "2, POS, followup-positive"})
		void followUpInterviewOfRobins2014(int failed, String interpretation, String band) {
			Screen screen = Screen.of("ecmh-mchat-r").childAged(20).scoring(5, MCHAT).answer("mchatrf-followup-failed", new IntegerType(failed));

			assertThat(codesOf(screen.result("mchatrf-followup").orElseThrow().getInterpretation())).containsExactly(interpretation, band);
		}

		@Test
		void noFollowUpResultUntilTheInterviewIsGiven() {
			assertThat(Screen.of("ecmh-mchat-r").childAged(20).scoring(5, MCHAT).result("mchatrf-followup")).isEmpty();
		}
	}

	@Nested
	class HungerVitalSign {

		@Test
		void theGuidesExampleIsAtRisk() {
			QuestionnaireResponse response = ShippedGuide.example("qr-hvs-ngozi");
			Observation expected = ShippedGuide.example("obs-hvs-amara");

			Observation result = withCode(Screen.ENGINE.results(ShippedGuide.questionnaire("ecmh-hvs"), response,
					java.util.OptionalInt.empty(), new Reference("QuestionnaireResponse/qr-hvs-ngozi")), "hvs-risk");

			assertThat(result.getValueCodeableConcept().getCodingFirstRep().getCode())
					.isEqualTo(expected.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("LA19952-3");
			assertThat(codesOf(result.getInterpretation())).containsExactly("POS", "food-insecurity-risk");
			assertThat(codesOf(result.getCode())).containsExactly("hvs-risk", "88124-3");
			assertThat(result.getMeta().getProfile().get(0).getValue()).isEqualTo(ResultObservations.CHILD_PROFILE);
			assertThat(result.hasFocus()).isFalse();
		}

		@Test
		void neverTrueTwiceIsNoRiskAndTheRiskItemIsFilled() {
			Screen screen = Screen.of("ecmh-hvs").choose("hvs-1", 2).choose("hvs-2", 2);

			Observation result = screen.result("hvs-risk").orElseThrow();

			assertThat(result.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("LA19983-8");
			assertThat(codesOf(result.getInterpretation())).containsExactly("NEG", "no-risk");
			assertThat(screen.response.getItem()).filteredOn(i -> i.getLinkId().equals("hvs-risk"))
					.singleElement().satisfies(i -> assertThat(i.getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("LA19983-8"));
		}

		@Test
		void oneItemSometimesTrueIsEnoughAndMarkedPartial() {
			Observation result = Screen.of("ecmh-hvs").choose("hvs-1", 1).result("hvs-risk").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("POS", "food-insecurity-risk");
			assertThat(result.getExtensionByUrl(ResultObservations.PARTIAL).getExtensionByUrl("answered").getValue().primitiveValue()).isEqualTo("1");
			assertThat(result.getExtensionByUrl(ResultObservations.PARTIAL).getExtensionByUrl("expected").getValue().primitiveValue()).isEqualTo("2");
		}

		@Test
		void aRiskItemThatContradictsTheAnswersIsRefused() {
			Screen screen = Screen.of("ecmh-hvs").choose("hvs-1", 0).choose("hvs-2", 2)
					.answer("hvs-risk", new Coding(LOINC, "LA19983-8", "No risk"));

			assertThatThrownBy(screen::results).isInstanceOf(UnprocessableEntityException.class)
					.hasMessageContaining("hvs-risk").hasMessageContaining("LA19983-8").hasMessageContaining("LA19952-3");
		}
	}

	@Nested
	class Swyc {

		@Test
		void theGuidesBpscExampleIsPositiveOnIrritabilityOnly() {
			QuestionnaireResponse response = ShippedGuide.example("qr-bpsc-amara");
			List<Observation> results = Screen.ENGINE.results(ShippedGuide.questionnaire("ecmh-swyc-bpsc"), response,
					java.util.OptionalInt.of(6), new Reference("QuestionnaireResponse/qr-bpsc-amara"));

			assertThat(codesOf(withCode(results, "bpsc-irritability").getInterpretation())).containsExactly("POS", "at-risk");
			assertThat(withCode(results, "bpsc-irritability").getValueIntegerType().getValue()).isEqualTo(4);
			assertThat(codesOf(withCode(results, "bpsc-inflexibility").getInterpretation())).containsExactly("NEG", "no-risk");
			assertThat(codesOf(withCode(results, "bpsc-routines").getInterpretation())).containsExactly("NEG", "no-risk");
			assertThat(codesOf(withCode(results, "bpsc-routines").getCategory())).containsExactly("survey", "social-emotional");
		}

		@ParameterizedTest(name = "BPSC subscale {0} at {1} months -> {2}")
		@CsvSource({"2, 6, NEG", "3, 6, POS", "3, 17, POS", "3, 18, IND"})
		void bpscSubscalesUnder18Months(int total, int months, String interpretation) {
			Observation result = Screen.of("ecmh-swyc-bpsc").childAged(months).scoring(total, items("bpsc-routines-", 4))
					.result("bpsc-routines").orElseThrow();

			assertThat(codesOf(result.getInterpretation()).get(0)).isEqualTo(interpretation);
		}

		@ParameterizedTest(name = "PPSC {0} at {1} months -> {2}")
		@CsvSource({"8, 30, NEG", "9, 30, POS", "9, 18, POS", "9, 65, POS", "9, 17, IND", "9, 66, IND"})
		void ppscFrom18To65Months(int total, int months, String interpretation) {
			Observation result = Screen.of("ecmh-swyc-ppsc").childAged(months).scoring(total, items("ppsc-", 18))
					.result("ppsc-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation()).get(0)).isEqualTo(interpretation);
		}

		@ParameterizedTest(name = "POSI {0} at {1} months -> {2}")
		@CsvSource({"2, 24, NEG", "3, 24, POS", "3, 16, POS", "3, 35, POS", "3, 36, IND"})
		void posiFrom16To35Months(int total, int months, String interpretation) {
			Observation result = Screen.of("ecmh-swyc-posi").childAged(months).scoring(total, items("posi-", 7))
					.result("posi-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation()).get(0)).isEqualTo(interpretation);
		}

		@ParameterizedTest(name = "Milestones {0} with cut-off 12 -> {1}")
		@CsvSource({"11, POS, needs-review", "12, POS, needs-review", "13, NEG, no-risk"})
		void milestonesAgainstTheEnteredAgeCutOff(int total, String interpretation, String band) {
			Observation result = Screen.of("ecmh-swyc-milestones").scoring(total, items("milestones-", 10))
					.enter("milestones-cutoff", 12).result("swyc-milestones-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
			assertThat(codesOf(result.getCategory())).containsExactly("survey", "developmental");
		}

		@Test
		void milestonesWithoutTheirCutOffAreIndeterminate() {
			Observation result = Screen.of("ecmh-swyc-milestones").scoring(20, items("milestones-", 10))
					.result("swyc-milestones-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("IND");
		}

		@Test
		void familyQuestionsScreenTheCaregiverAndTheHousehold() {
			Screen screen = Screen.of("ecmh-swyc-family").scoring(3, items("swycfq-depression-", 2))
					.choose("swycfq-food-1", 0).choose("swycfq-food-2", 2);

			Observation depression = screen.result("swycfq-depression").orElseThrow();
			Observation food = screen.result("swycfq-food").orElseThrow();

			assertThat(codesOf(depression.getInterpretation())).containsExactly("POS", "depression-positive");
			assertThat(depression.getFocusFirstRep().getReference()).isEqualTo("RelatedPerson/mother");
			assertThat(codesOf(food.getInterpretation())).containsExactly("POS", "food-insecurity-risk");
			assertThat(codesOf(food.getCategory())).containsExactly("survey", "family-stressors");
			assertThat(food.hasFocus()).isFalse();
		}
	}

	@Nested
	class Asq {

		@ParameterizedTest(name = "ASQ-3 communication {0} (cut-off 30, monitoring 40) -> {1}")
		@CsvSource({"25, POS, below-cutoff", "30, NEG, monitoring-zone", "35, NEG, monitoring-zone", "40, NEG, no-risk"})
		void domainAgainstItsEnteredCutOffs(double score, String interpretation, String band) {
			Observation result = Screen.of("ecmh-asq-3").enter("asq3-communication", score)
					.enter("asq3-communication-cutoff", 30).enter("asq3-communication-monitor", 40)
					.result("asq3-communication").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
			assertThat(result.getValueQuantity().getValue()).isEqualByComparingTo(String.valueOf(score));
		}

		@Test
		void aDomainScoreWithoutItsCutOffIsIndeterminateNotClear() {
			Observation result = Screen.of("ecmh-asq-3").enter("asq3-fine-motor", 55).result("asq3-fine-motor").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly("IND");
		}

		@Test
		void onlyTheDomainsEnteredYieldResults() {
			List<Observation> results = Screen.of("ecmh-asq-3").enter("asq3-gross-motor", 50).enter("asq3-gross-motor-cutoff", 30)
					.enter("asq3-gross-motor-monitor", 40).results();

			assertThat(results).extracting(o -> o.getCode().getCodingFirstRep().getCode()).containsExactly("asq3-gross-motor");
		}

		@ParameterizedTest(name = "ASQ:SE-2 {0} (cut-off 60) -> {1}")
		@CsvSource({"60, NEG, no-risk", "65, POS, at-risk"})
		void asqSe2AboveItsCutOffIsAConcern(double score, String interpretation, String band) {
			Observation result = Screen.of("ecmh-asq-se-2").enter("asqse2-total", score).enter("asqse2-cutoff", 60)
					.result("asqse2-total").orElseThrow();

			assertThat(codesOf(result.getInterpretation())).containsExactly(interpretation, band);
		}
	}

	@Nested
	class Age {

		@ParameterizedTest(name = "born 2024-02-10, screened {0}: {1} months")
		@CsvSource({"2024-03-09, 0", "2024-03-10, 1", "2025-02-09, 11", "2025-02-10, 12", "2026-08-10T08:00:00-05:00, 30"})
		void completedMonthsOnTheDayOfTheResponse(String authored, int months) {
			assertThat(ChildAge.inMonths(new org.hl7.fhir.r4.model.DateType("2024-02-10"), new org.hl7.fhir.r4.model.DateTimeType(authored)))
					.hasValue(months);
		}

		@Test
		void aBirthYearAloneGivesNoAge() {
			assertThat(ChildAge.inMonths(new org.hl7.fhir.r4.model.DateType("2024"), new org.hl7.fhir.r4.model.DateTimeType("2025-02-10")))
					.isEmpty();
		}
	}

	static Observation withCode(List<Observation> results, String scoreCode) {
		return results.stream().filter(o -> o.getCode().getCodingFirstRep().getCode().equals(scoreCode)).findFirst().orElseThrow();
	}

	static List<String> codesOf(List<org.hl7.fhir.r4.model.CodeableConcept> concepts) {
		return concepts.stream().flatMap(c -> c.getCoding().stream()).map(Coding::getCode).toList();
	}

	static List<String> codesOf(org.hl7.fhir.r4.model.CodeableConcept concept) {
		return codesOf(List.of(concept));
	}
}
