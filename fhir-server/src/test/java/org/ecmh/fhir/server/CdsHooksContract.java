package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks service as an EHR calls it over HTTP: discovery, and the cards for a child at patient-view
 * and order-select, from the EHR's prefetch or from this server's repository.
 */
abstract class CdsHooksContract extends ServerUnderTest {

	static final String PCP = "Practitioner/ecmh-pcp";
	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void discoveryListsBothServicesWithTheirPrefetch() {
		JsonNode services = json(send(HttpRequest.newBuilder(cdsUri("")).GET().build())).get("services");

		assertThat(services).extracting(s -> s.get("hook").asText()).containsExactlyInAnyOrder("patient-view", "order-select");
		assertThat(services).allSatisfy(s -> {
			assertThat(s.get("id").asText()).isNotBlank();
			assertThat(s.get("title").asText()).isNotBlank();
			assertThat(s.get("description").asText()).isNotBlank();
			assertThat(s.get("prefetch").get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
		});
	}

	@Test
	void aPositiveEpdsWithoutAReferralGetsACardSuggestingTheDraftReferrals() {
		IdType child = create(childAged(3)).toUnqualifiedVersionless();
		IdType epds = create(positiveEpds(child)).toUnqualifiedVersionless();
		withdrawAutoProposedDrafts(child);

		JsonNode card = only(cards("ecmh-order-select", "order-select", child, null), "Positive epds-total");

		assertThat(card.get("indicator").asText()).isEqualTo("warning");
		assertThat(card.get("source").get("label").asText()).isEqualTo("ECMH integrated care");
		JsonNode actions = card.get("suggestions").get(0).get("actions");
		assertThat(actions).isNotEmpty().allSatisfy(action -> {
			assertThat(action.get("type").asText()).isEqualTo("create");
			ServiceRequest referral = FHIR.newJsonParser().parseResource(ServiceRequest.class, action.get("resource").toString());
			assertThat(referral.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
			assertThat(referral.getSubject().getReference()).isEqualTo(child.getValue());
			assertThat(referral.getReasonReferenceFirstRep().getReference()).isEqualTo(epds.getValue());
			assertThat(referral.getRequester().getReference()).isEqualTo(PCP);
		});
	}

	@Test
	void aPositiveScreenOnlyInTheEhrsPrefetchStillGetsItsSuggestion() {
		Patient child = childAged(3);
		IdType id = create(child).toUnqualifiedVersionless();
		child.setId(id);
		Observation epds = positiveEpds(id);
		epds.setId("Observation/ehr-epds-1");
		ObjectNode prefetch = JSON.createObjectNode();
		prefetch.set("patient", tree(child));
		prefetch.set("screenings", tree(searchset(epds)));
		prefetch.set("referrals", tree(searchset()));

		JsonNode card = only(cards("ecmh-patient-view", "patient-view", id, prefetch), "Positive epds-total");

		JsonNode actions = card.get("suggestions").get(0).get("actions");
		assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(
				FHIR.newJsonParser().parseResource(ServiceRequest.class, action.get("resource").toString())
						.getReasonReferenceFirstRep().getReference()).isEqualTo("Observation/ehr-epds-1"));
	}

	@Test
	void aPositiveSelfHarmItemGetsACriticalCard() {
		IdType child = create(childAged(3)).toUnqualifiedVersionless();
		Observation selfHarm = positiveEpds(child);
		selfHarm.getCode().getCodingFirstRep().setCode("epds-self-harm");
		selfHarm.setValue(new IntegerType(1));
		create(selfHarm);
		withdrawAutoProposedDrafts(child);

		JsonNode card = only(cards("ecmh-patient-view", "patient-view", child, null), "Positive epds-self-harm");

		assertThat(card.get("indicator").asText()).isEqualTo("critical");
	}

	@Test
	void aScreeningStillMissingAfterItsVisitWindowIsOverdue() {
		IdType child = create(childAged(20)).toUnqualifiedVersionless();

		JsonNode card = only(cards("ecmh-patient-view", "patient-view", child, null), "Autism screening (M-CHAT-R) overdue");

		assertThat(card.get("indicator").asText()).isEqualTo("warning");
		assertThat(card.get("summary").asText()).contains("18-month");
	}

	@Test
	void aChildOf18MonthsWithoutAnMchatRGetsADueCard() {
		IdType child = create(childAged(18)).toUnqualifiedVersionless();

		List<JsonNode> cards = cards("ecmh-patient-view", "patient-view", child, null);

		JsonNode card = only(cards, "Autism screening (M-CHAT-R) due");
		assertThat(card.get("indicator").asText()).isEqualTo("info");
		assertThat(card.get("summary").asText()).contains("18-month");
	}

	@Test
	void anOverdueReferralTaskGetsACard() {
		IdType child = create(childAged(48)).toUnqualifiedVersionless();
		Date monthAgo = new Date(System.currentTimeMillis() - 30L * 24 * 3600 * 1000);
		IdType task = create(referralTask(child, monthAgo));

		JsonNode card = only(cards("ecmh-patient-view", "patient-view", child, null), "Referral without progress");

		assertThat(card.get("indicator").asText()).isEqualTo("warning");
		assertThat(card.get("detail").asText()).contains(task.toUnqualifiedVersionless().getValue());
	}

	@Test
	void aChildWithEverythingDoneGetsNoCardsFromThePrefetch() {
		Patient child = childAged(20);
		IdType id = create(child).toUnqualifiedVersionless();
		child.setId(id);
		LocalDate at18Months = LocalDate.now().minusMonths(2);
		Bundle screenings = searchset(
				negative(id, "mchatr-total", at18Months, "Observation/prefetched-mchat"),
				negative(id, "swyc-milestones-total", at18Months, "Observation/prefetched-swyc"));
		ObjectNode prefetch = JSON.createObjectNode();
		prefetch.set("patient", tree(child));
		prefetch.set("screenings", tree(screenings));
		prefetch.set("referrals", tree(searchset()));

		assertThat(cards("ecmh-patient-view", "patient-view", id, prefetch)).isEmpty();
	}

	private List<JsonNode> cards(String service, String hook, IdType child, ObjectNode prefetch) {
		ObjectNode body = JSON.createObjectNode();
		body.put("hook", hook);
		body.put("hookInstance", java.util.UUID.randomUUID().toString());
		body.putObject("context").put("userId", PCP).put("patientId", child.getIdPart());
		if (prefetch != null) {
			body.set("prefetch", prefetch);
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(cdsUri("/" + service))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(json(response).get("cards").spliterator(), false).toList();
	}

	private static JsonNode only(List<JsonNode> cards, String summaryStart) {
		List<JsonNode> matching = cards.stream().filter(c -> c.get("summary").asText().startsWith(summaryStart)).toList();
		assertThat(matching).as(cards.toString()).hasSize(1);
		return matching.get(0);
	}

	/** The practice declined what auto-proposal drafted (the test servers auto-propose), so nothing follows the screen up. */
	private void withdrawAutoProposedDrafts(IdType child) {
		client.search().byUrl("ServiceRequest?subject=" + child.getValue()).returnBundle(Bundle.class).execute().getEntry()
				.forEach(entry -> client.update().resource(((ServiceRequest) entry.getResource())
						.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED)).execute());
	}

	private URI cdsUri(String path) {
		return URI.create("http://localhost:" + port + "/cds-services" + path);
	}

	private static Patient childAged(int months) {
		Patient child = child("Mensah");
		child.setBirthDateElement(new DateType(Date.from(LocalDate.now().minusMonths(months).atStartOfDay(ZoneId.systemDefault()).toInstant())));
		return child;
	}

	private Observation positiveEpds(IdType child) {
		Observation epds = new Observation();
		epds.setStatus(Observation.ObservationStatus.FINAL);
		epds.getCode().addCoding().setSystem(ECMH + "CodeSystem/ecmh-score").setCode("epds-total");
		epds.setSubject(new Reference(child.getValue()));
		epds.setEffective(DateTimeType.now());
		epds.setValue(new IntegerType(14));
		epds.addInterpretation().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation").setCode("POS");
		return epds;
	}

	private static Observation negative(IdType child, String score, LocalDate taken, String id) {
		Observation result = new Observation();
		result.setId(id);
		result.setStatus(Observation.ObservationStatus.FINAL);
		result.getCode().addCoding().setSystem(ECMH + "CodeSystem/ecmh-score").setCode(score);
		result.setSubject(new Reference(child.getValue()));
		result.setEffective(new DateTimeType(Date.from(taken.atStartOfDay(ZoneId.systemDefault()).toInstant())));
		result.setValue(new IntegerType(0));
		result.addInterpretation().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation").setCode("NEG");
		return result;
	}

	/** An open referral whose last progress was at the given time. */
	private Task referralTask(IdType child, Date lastProgress) {
		IdType requester = create(new PractitionerRole().setActive(true)).toUnqualifiedVersionless();
		Task task = referralTask(child, requester, Task.TaskStatus.REQUESTED, "sent");
		task.setAuthoredOn(lastProgress);
		task.setLastModified(lastProgress);
		return task;
	}

	private static Bundle searchset(Resource... resources) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		for (Resource resource : resources) {
			bundle.addEntry().setResource(resource);
		}
		return bundle;
	}

	private static JsonNode tree(Resource resource) {
		try {
			return JSON.readTree(FHIR.newJsonParser().encodeResourceToString(resource));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
