package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Screening scores as a practice's EHR meets them: a caregiver's EPDS written through the REST API comes
 * back scored, once, in the child's chart; a total that contradicts the answers is refused; $extract shows
 * the results without storing them.
 */
abstract class ScreeningContract extends ServerUnderTest {

	static final String EPDS = "http://fhir.ecmh.org/Questionnaire/ecmh-epds";
	static final String ANSWERS = "http://fhir.ecmh.org/CodeSystem/ecmh-answer";
	static final String SCORES = "http://fhir.ecmh.org/CodeSystem/ecmh-score";
	static final String RESPONSE_PROFILE = "http://fhir.ecmh.org/StructureDefinition/ecmh-screening-response";
	/** Cox 1987 weights 1+1+2+2+2+2+1+2+1+0 = 14: probable depression, item 10 not endorsed (the IG's example). */
	static final List<String> ANSWERS_SUMMING_14 =
			List.of("epds-1b", "epds-2b", "epds-3b", "epds-4c", "epds-5b", "epds-6b", "epds-7c", "epds-8b", "epds-9c", "epds-10d");
	/** The same with item 8 "not very often" (1) and item 9 "no, never" (0): 12, possible depression. */
	static final List<String> ANSWERS_SUMMING_12 =
			List.of("epds-1b", "epds-2b", "epds-3b", "epds-4c", "epds-5b", "epds-6b", "epds-7c", "epds-8c", "epds-9d", "epds-10d");

	IdType child;
	IdType mother;

	@BeforeEach
	void family() {
		child = create(child("Okafor")).toUnqualifiedVersionless();
		RelatedPerson caregiver = new RelatedPerson();
		caregiver.setPatient(new Reference(child));
		caregiver.addName().setFamily("Okafor").addGiven("Ngozi");
		mother = create(caregiver).toUnqualifiedVersionless();
	}

	@Test
	void aWrittenEpdsIsScoredIntoTheChildsChartWithTheMotherAsThePersonScreened() {
		IdType response = create(epds(ANSWERS_SUMMING_14));

		Observation total = resultsOf(response, "epds-total").get(0);
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(14);
		assertThat(total.getInterpretation()).flatExtracting(c -> c.getCoding()).extracting(Coding::getCode)
				.containsExactly("POS", "probable-depression");
		assertThat(total.getSubject().getReference()).isEqualTo(child.getValue());
		assertThat(total.getFocusFirstRep().getReference()).isEqualTo(mother.getValue());
		assertThat(resultsOf(response, "epds-self-harm")).hasSize(1);
		// Results are written without the write-time profile check, being built from the IG; they must conform.
		assertConforms(total);
		assertConforms(resultsOf(response, "epds-self-harm").get(0));

		Bundle byChildAndCode = client.search().byUrl("Observation?subject=" + child.getValue() + "&code=" + SCORES + "|epds-total")
				.returnBundle(Bundle.class).execute();
		assertThat(ids(byChildAndCode)).containsExactly(total.getIdElement().toUnqualifiedVersionless().getValue());

		QuestionnaireResponse stored = client.read().resource(QuestionnaireResponse.class).withId(response).execute();
		assertThat(stored.getItem()).filteredOn(item -> item.getLinkId().equals("epds-total"))
				.singleElement().satisfies(item -> assertThat(item.getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(14));
	}

	@Test
	void writingTheSameResponseAgainKeepsOneResultPerScoreAndAmendsIt() {
		IdType response = create(epds(ANSWERS_SUMMING_14));
		String firstResult = resultsOf(response, "epds-total").get(0).getIdElement().toUnqualifiedVersionless().getValue();

		QuestionnaireResponse again = epds(ANSWERS_SUMMING_14);
		again.setId(response);
		client.update().resource(again).execute();
		assertThat(resultsOf(response, "epds-total")).extracting(o -> o.getIdElement().toUnqualifiedVersionless().getValue())
				.containsExactly(firstResult);

		QuestionnaireResponse amended = epds(ANSWERS_SUMMING_12).setStatus(QuestionnaireResponseStatus.AMENDED);
		amended.setId(response);
		client.update().resource(amended).execute();
		List<Observation> results = resultsOf(response, "epds-total");
		assertThat(results).hasSize(1);
		assertThat(results.get(0).getIdElement().toUnqualifiedVersionless().getValue()).isEqualTo(firstResult);
		assertThat(results.get(0).getValueIntegerType().getValue()).isEqualTo(12);
		assertThat(results.get(0).getStatus()).isEqualTo(Observation.ObservationStatus.AMENDED);
	}

	@Test
	void aResponseEnteredInErrorTakesItsResultsWithIt() {
		IdType response = create(epds(ANSWERS_SUMMING_14));

		QuestionnaireResponse withdrawn = epds(ANSWERS_SUMMING_14).setStatus(QuestionnaireResponseStatus.ENTEREDINERROR);
		withdrawn.setId(response);
		client.update().resource(withdrawn).execute();

		assertThat(resultsOf(response, "epds-total")).extracting(Observation::getStatus)
				.containsExactly(Observation.ObservationStatus.ENTEREDINERROR);
	}

	@Test
	void aTotalThatContradictsTheAnswersIsRefusedNamingTheItemAndBothValues() {
		QuestionnaireResponse response = epds(ANSWERS_SUMMING_14);
		response.addItem().setLinkId("epds-total").addAnswer().setValue(new IntegerType(9));
		int responsesBefore = countOf("QuestionnaireResponse");

		assertThatThrownBy(() -> client.create().resource(response).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> {
					OperationOutcome outcome = (OperationOutcome) refusal.getOperationOutcome();
					assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("'epds-total'", "holds 9", "sum to 14");
					assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).contains("epds-total");
				});
		assertThat(countOf("QuestionnaireResponse")).isEqualTo(responsesBefore);
	}

	@Test
	void aResponseInsideATransactionIsScoredAgainstTheChildCreatedWithIt() {
		String newChild = "urn:uuid:" + UUID.randomUUID();
		Patient baby = child("Adeyemi");
		QuestionnaireResponse response = epds(ANSWERS_SUMMING_12);
		response.setSubject(new Reference(newChild));
		Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
		transaction.addEntry().setFullUrl(newChild).setResource(baby).getRequest().setMethod(HTTPVerb.POST).setUrl("Patient");
		transaction.addEntry().setResource(response).getRequest().setMethod(HTTPVerb.POST).setUrl("QuestionnaireResponse");

		Bundle outcome = client.transaction().withBundle(transaction).execute();

		IdType storedChild = storedAt(outcome, 0);
		IdType storedResponse = storedAt(outcome, 1);
		Observation total = resultsOf(storedResponse, "epds-total").get(0);
		assertThat(total.getSubject().getReference()).isEqualTo(storedChild.getValue());
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(12);
	}

	@Test
	void responsesInATransactionGetTheirTotalsBeforeTheirProfileCheckSoTheyAreCheckedOnce() {
		Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
		for (List<String> answers : List.of(ANSWERS_SUMMING_14, ANSWERS_SUMMING_12)) {
			transaction.addEntry().setResource(epds(answers)).getRequest().setMethod(HTTPVerb.POST).setUrl("QuestionnaireResponse");
		}
		double ahead = profileChecks("ahead", "QuestionnaireResponse");
		double atStorage = profileChecks("at-storage", "QuestionnaireResponse");

		Bundle outcome = client.transaction().withBundle(transaction).execute();

		assertThat(profileChecks("ahead", "QuestionnaireResponse") - ahead).isEqualTo(2);
		assertThat(profileChecks("at-storage", "QuestionnaireResponse") - atStorage).isZero();
		List<Integer> storedTotals = outcome.getEntry().stream()
				.map(entry -> client.read().resource(QuestionnaireResponse.class).withUrl(entry.getResponse().getLocation()).execute())
				.map(stored -> stored.getItem().stream().filter(item -> item.getLinkId().equals("epds-total")).findFirst().orElseThrow())
				.map(total -> total.getAnswerFirstRep().getValueIntegerType().getValue())
				.toList();
		assertThat(storedTotals).containsExactly(14, 12);
	}

	@Test
	void extractReturnsTheResultsOfAStoredResponseWithoutStoringThem() {
		IdType response = create(epds(ANSWERS_SUMMING_14));
		int observationsBefore = countOf("Observation");

		Bundle extracted = client.operation().onInstance(response).named("$extract").withNoParameters(Parameters.class)
				.returnResourceType(Bundle.class).execute();

		assertThat(extracted.getType()).isEqualTo(BundleType.TRANSACTION);
		assertThat(types(extracted)).containsExactly("Observation", "Observation");
		assertThat(extracted.getEntry()).allSatisfy(entry -> {
			assertThat(entry.getRequest().getMethod()).isEqualTo(HTTPVerb.PUT);
			assertThat(entry.getRequest().getUrl()).startsWith("Observation?identifier=");
			Observation result = (Observation) entry.getResource().copy();
			result.setId((String) null); // its placeholder id is the Bundle's, not the server's
			assertConforms(result);
		});
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void aScoreTheSenderRecordsBesideItsResponseIsItsResultAndIsNotStoredTwice() {
		String responseUrl = "urn:uuid:" + UUID.randomUUID();
		Bundle transaction = responseAndScore(BundleType.TRANSACTION, responseUrl, epds(ANSWERS_SUMMING_14), sendersTotal(responseUrl, 14));
		Collections.reverse(transaction.getEntry()); // the score ahead of its response: order does not matter

		Bundle outcome = client.transaction().withBundle(transaction).execute();

		IdType response = storedAt(outcome, 1);
		assertThat(resultsOf(response, "epds-total")).extracting(o -> o.getIdElement().toUnqualifiedVersionless().getValue())
				.containsExactly(storedAt(outcome, 0).getValue());
		assertThat(resultsOf(response, "epds-self-harm")).as("the score the sender left out is the server's").hasSize(1);
	}

	@Test
	void aRecordedScoreWithoutAValueStandsWhenTooFewAnswersGiveNone() {
		String responseUrl = "urn:uuid:" + UUID.randomUUID();
		Observation noScore = sendersTotal(responseUrl, 0);
		noScore.setValue(null).setDataAbsentReason(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", null)));
		Bundle transaction = responseAndScore(BundleType.TRANSACTION, responseUrl, epds(ANSWERS_SUMMING_14.subList(0, 8)), noScore);

		Bundle outcome = client.transaction().withBundle(transaction).execute();

		assertThat(resultsOf(storedAt(outcome, 0), "epds-total")).extracting(o -> o.getIdElement().toUnqualifiedVersionless().getValue())
				.containsExactly(storedAt(outcome, 1).getValue());
	}

	@Test
	void inABatchEveryResponseIsScoredByTheServerWhateverElseTheBatchHolds() {
		String responseUrl = "urn:uuid:" + UUID.randomUUID();
		Bundle batch = responseAndScore(BundleType.BATCH, responseUrl, epds(ANSWERS_SUMMING_14), sendersTotal(responseUrl, 14));

		Bundle outcome = client.transaction().withBundle(batch).execute();

		IdType response = storedAt(outcome, 0);
		assertThat(resultsOf(response, "epds-total")).singleElement()
				.satisfies(total -> assertThat(total.getIdentifierFirstRep().getValue()).startsWith(response.getValue()));
	}

	@Test
	void aRecordedScoreThatContradictsTheAnswersRefusesTheTransactionNamingBothValues() {
		String responseUrl = "urn:uuid:" + UUID.randomUUID();
		Bundle transaction = responseAndScore(BundleType.TRANSACTION, responseUrl, epds(ANSWERS_SUMMING_14), sendersTotal(responseUrl, 9));
		int responsesBefore = countOf("QuestionnaireResponse");
		int observationsBefore = countOf("Observation");

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> assertThat(
						((OperationOutcome) refusal.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
						.contains("'epds-total'", "reports 9", "give 14"));
		assertThat(countOf("QuestionnaireResponse")).isEqualTo(responsesBefore);
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void aScoreSentOnItsOwnAfterItsResponseIsAnsweredWithTheServersResultNotStoredTwice() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		Observation result = resultsOf(response, "epds-total").get(0);
		int observationsBefore = countOf("Observation");

		MethodOutcome outcome = client.create().resource(sendersTotal(response.getValue(), 14)).execute();

		assertAnsweredWith(result, outcome, observationsBefore);
	}

	@Test
	void aScoreSentOnItsOwnThatContradictsTheAnswersIsRefusedNamingBothValues() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		int observationsBefore = countOf("Observation");

		assertThatThrownBy(() -> client.create().resource(sendersTotal(response.getValue(), 9)).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> assertThat(
						((OperationOutcome) refusal.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
						.contains("'epds-total'", "for " + response.getValue(), "reports 9", "give 14"));
		Observation byPut = sendersTotal(response.getValue(), 9);
		byPut.setId("ehr-epds-total-9");
		assertThatThrownBy(() -> client.update().resource(byPut).execute()).isInstanceOf(UnprocessableEntityException.class);
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void aScoreSentOnItsOwnCodedOnlyInLoincIsAnsweredWithTheServersResult() {
		IdType response = create(phq2("LA6569-3", "LA6570-1")).toUnqualifiedVersionless();
		Observation result = resultsOf(response, "phq2-total").get(0);
		Observation sent = sendersScore(response.getValue(), new Coding("http://loinc.org", "55758-7", null), 3);
		int observationsBefore = countOf("Observation");

		MethodOutcome outcome = client.create().resource(sent).execute();

		assertAnsweredWith(result, outcome, observationsBefore);
	}

	@Test
	void aScoreSentOnItsOwnIsCheckedAgainstTheResultWhenTheSenderWantsNoResourceBack() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		Observation result = resultsOf(response, "epds-total").get(0);
		int observationsBefore = countOf("Observation");

		MethodOutcome agreeing = client.create().resource(sendersTotal(response.getValue(), 14))
				.prefer(PreferReturnEnum.MINIMAL).execute();

		assertAnsweredWith(result, agreeing, observationsBefore);
		assertThatThrownBy(() -> client.create().resource(sendersTotal(response.getValue(), 9))
				.prefer(PreferReturnEnum.MINIMAL).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refusal -> assertThat(
						((OperationOutcome) refusal.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
						.contains("'epds-total'", "reports 9", "give 14"));
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void aScoreSentAfterItsResponseWasEnteredInErrorIsStoredAsSent() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		QuestionnaireResponse withdrawn = epds(ANSWERS_SUMMING_14).setStatus(QuestionnaireResponseStatus.ENTEREDINERROR);
		withdrawn.setId(response);
		client.update().resource(withdrawn).execute();
		int observationsBefore = countOf("Observation");

		MethodOutcome outcome = client.create().resource(sendersTotal(response.getValue(), 14)).execute();

		assertThat(outcome.getResponseStatusCode()).isEqualTo(201);
		assertThat(countOf("Observation")).isEqualTo(observationsBefore + 1);
	}

	@Test
	void inABatchEachScoreSentLaterStandsOrFallsAlone() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		IdType other = create(epds(ANSWERS_SUMMING_12)).toUnqualifiedVersionless();
		Bundle batch = new Bundle().setType(BundleType.BATCH);
		batch.addEntry().setResource(sendersTotal(response.getValue(), 14)).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
		batch.addEntry().setResource(sendersTotal(other.getValue(), 14)).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
		int observationsBefore = countOf("Observation");

		Bundle outcome = client.transaction().withBundle(batch).execute();

		assertThat(outcome.getEntry().get(0).getResponse().getStatus()).startsWith("200");
		assertThat(storedAt(outcome, 0).getValue())
				.isEqualTo(resultsOf(response, "epds-total").get(0).getIdElement().toUnqualifiedVersionless().getValue());
		assertThat(outcome.getEntry().get(1).getResponse().getStatus()).startsWith("422");
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void aScoreSentWithItsAmendedResponseIsCheckedAgainstTheNewAnswersAndReplacesTheServersResult() {
		IdType response = create(epds(ANSWERS_SUMMING_14)).toUnqualifiedVersionless();
		Observation before = resultsOf(response, "epds-total").get(0);
		QuestionnaireResponse amended = epds(ANSWERS_SUMMING_12).setStatus(QuestionnaireResponseStatus.AMENDED);
		Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
		transaction.addEntry().setFullUrl(client.getServerBase() + "/" + response.getValue()).setResource(amended).getRequest().setMethod(HTTPVerb.PUT).setUrl(response.getValue());
		transaction.addEntry().setResource(sendersTotal(response.getValue(), 12)).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");

		Bundle outcome = client.transaction().withBundle(transaction).execute();

		assertThat(resultsOf(response, "epds-total"))
				.filteredOn(total -> total.getStatus() != Observation.ObservationStatus.ENTEREDINERROR)
				.extracting(total -> total.getIdElement().toUnqualifiedVersionless().getValue())
				.containsExactly(storedAt(outcome, 1).getValue());
		assertThat(resultsOf(response, "epds-total")).filteredOn(total -> total.getIdElement().getIdPart().equals(before.getIdElement().getIdPart()))
				.extracting(Observation::getStatus).containsExactly(Observation.ObservationStatus.ENTEREDINERROR);
	}

	@Test
	void extractScoresAResponseThatIsNotStored() {
		int responsesBefore = countOf("QuestionnaireResponse");
		int observationsBefore = countOf("Observation");

		Bundle extracted = client.operation().onType(QuestionnaireResponse.class).named("$extract")
				.withParameter(Parameters.class, "questionnaire-response", epds(ANSWERS_SUMMING_12))
				.returnResourceType(Bundle.class).execute();

		assertThat(types(extracted)).containsExactly("QuestionnaireResponse", "Observation", "Observation");
		Observation total = (Observation) extracted.getEntry().get(1).getResource();
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(12);
		assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo(extracted.getEntry().get(0).getFullUrl());
		assertThat(countOf("QuestionnaireResponse")).isEqualTo(responsesBefore);
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	/** The server answered a score sent on its own with its result for it, and stored nothing. */
	private void assertAnsweredWith(Observation result, MethodOutcome outcome, int observationsBefore) {
		assertThat(outcome.getResponseStatusCode()).isEqualTo(200);
		assertThat(outcome.getId().toUnqualifiedVersionless().getValue())
				.isEqualTo(result.getIdElement().toUnqualifiedVersionless().getValue());
		assertThat(countOf("Observation")).isEqualTo(observationsBefore);
	}

	/** A caregiver-completed EPDS in the child's chart, without its total: the server fills it in. */
	QuestionnaireResponse epds(List<String> answerCodes) {
		QuestionnaireResponse response = completedByTheMother(EPDS);
		for (int n = 0; n < answerCodes.size(); n++) {
			response.addItem().setLinkId("epds-" + (n + 1)).addAnswer().setValue(new Coding(ANSWERS, answerCodes.get(n), null));
		}
		return response;
	}

	/** A caregiver-completed PHQ-2 in the child's chart, answered with the two LOINC answer codes given. */
	QuestionnaireResponse phq2(String interest, String mood) {
		QuestionnaireResponse response = completedByTheMother("http://fhir.ecmh.org/Questionnaire/ecmh-phq-2");
		response.addItem().setLinkId("phq2-1").addAnswer().setValue(new Coding("http://loinc.org", interest, null));
		response.addItem().setLinkId("phq2-2").addAnswer().setValue(new Coding("http://loinc.org", mood, null));
		return response;
	}

	/** A screening of the mother, by herself, filed in the child's chart; no answers yet. */
	private QuestionnaireResponse completedByTheMother(String questionnaire) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.getMeta().addProfile(RESPONSE_PROFILE);
		response.setQuestionnaire(questionnaire);
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference(child));
		response.addExtension("http://fhir.ecmh.org/StructureDefinition/ecmh-focus", new Reference(mother));
		response.setAuthoredElement(new DateTimeType("2024-08-12T09:40:00-05:00"));
		response.setAuthor(new Reference(mother));
		response.setSource(new Reference(mother));
		return response;
	}

	/** A transaction or batch that writes {@code response} under {@code responseUrl}, then the score the sender recorded. */
	static Bundle responseAndScore(BundleType type, String responseUrl, QuestionnaireResponse response, Observation score) {
		Bundle bundle = new Bundle().setType(type);
		bundle.addEntry().setFullUrl(responseUrl).setResource(response).getRequest().setMethod(HTTPVerb.POST).setUrl("QuestionnaireResponse");
		bundle.addEntry().setResource(score).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
		return bundle;
	}

	/** Where the server stored the bundle's {@code index}th entry. */
	static IdType storedAt(Bundle outcome, int index) {
		return new IdType(outcome.getEntry().get(index).getResponse().getLocation()).toUnqualifiedVersionless();
	}

	/** The EPDS total as a practice's EHR records it beside the response it sends. */
	Observation sendersTotal(String response, int total) {
		return sendersScore(response, new Coding(SCORES, "epds-total", null), total);
	}

	/** A score of the child's chart as a practice's EHR records it, coded as it codes it. */
	Observation sendersScore(String response, Coding code, int value) {
		Observation score = new Observation();
		score.setStatus(Observation.ObservationStatus.FINAL);
		score.getCode().addCoding(code);
		score.setSubject(new Reference(child));
		score.setValue(new IntegerType(value));
		score.addDerivedFrom(new Reference(response));
		return score;
	}

	private void assertConforms(Observation result) {
		MethodOutcome validation = client.validate().resource(result).execute();
		assertThat(((OperationOutcome) validation.getOperationOutcome()).getIssue())
				.noneMatch(issue -> issue.getSeverity().ordinal() <= OperationOutcome.IssueSeverity.ERROR.ordinal());
	}

	List<Observation> resultsOf(IdType response, String scoreCode) {
		Bundle found = client.search()
				.byUrl("Observation?derived-from=" + response.toUnqualifiedVersionless().getValue() + "&code=" + SCORES + "|" + scoreCode)
				.cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute();
		return found.getEntry().stream().map(e -> (Observation) e.getResource()).toList();
	}
}
