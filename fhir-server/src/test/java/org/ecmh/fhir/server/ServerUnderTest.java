package org.ecmh.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client's view of the started server: a HAPI generic client, raw HTTP, and small fixtures. */
abstract class ServerUnderTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();
	static final String LOINC = "http://loinc.org";
	static final String ECMH = "http://fhir.ecmh.org/";

	@LocalServerPort
	int port;

	@Autowired
	BuildProperties build;
	@Autowired
	MeterRegistry meters;

	IGenericClient client;
	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The first write that claims one of our profiles warms HAPI's validator, which takes long on a busy machine. */
	static final int FIRST_WRITE_MILLIS = 60_000;

	@BeforeEach
	void connect() {
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		FHIR.getRestfulClientFactory().setSocketTimeout(FIRST_WRITE_MILLIS);
		client = FHIR.newRestfulGenericClient(baseUrl());
	}

	String baseUrl() {
		return "http://localhost:" + port + "/fhir";
	}

	IdType create(org.hl7.fhir.r4.model.Resource resource) {
		return (IdType) client.create().resource(resource).execute().getId().toUnqualified();
	}

	static Patient child(String family) {
		Patient child = new Patient();
		child.addName().setFamily(family).addGiven("Ana");
		child.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2024-02-10"));
		return child;
	}

	/** A PHQ-9-like total score, enough to search and sort on. */
	static Observation screeningScore(IdType subject, int score) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().addCoding().setSystem(LOINC).setCode("44261-6");
		observation.setSubject(new Reference(subject.toUnqualifiedVersionless().getValue()));
		observation.setValue(new org.hl7.fhir.r4.model.Quantity(score).setUnit("{score}"));
		return observation;
	}

	/**
	 * A stored, active family-partner referral for the child and a Task (not yet stored) tracking it, as a
	 * practice would write them.
	 */
	Task referralTask(IdType child, IdType requester, TaskStatus status, String businessStatus) {
		ServiceRequest referral = new ServiceRequest();
		referral.getMeta().addProfile(ECMH + "StructureDefinition/ecmh-referral");
		referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		referral.getCode().addCoding().setSystem(ECMH + "CodeSystem/ecmh-referral-target").setCode("family-partner");
		referral.setSubject(new Reference(child.getValue()));
		referral.setAuthoredOn(new Date());
		referral.setRequester(new Reference(requester.getValue()));
		referral.addReasonCode().setText("Caregiver screened positive for depression");
		IdType referralId = create(referral);

		Task task = new Task();
		task.getMeta().addProfile(ECMH + "StructureDefinition/ecmh-referral-task");
		task.setStatus(status);
		task.setBusinessStatus(new CodeableConcept(new Coding(ECMH + "CodeSystem/ecmh-referral-status", businessStatus, null)));
		task.setIntent(Task.TaskIntent.ORDER);
		task.getCode().addCoding().setSystem("http://hl7.org/fhir/CodeSystem/task-code").setCode("fulfill");
		task.setFocus(new Reference(referralId.getValue()));
		task.setFor(new Reference(child.getValue()));
		task.setAuthoredOn(new Date());
		task.setRequester(new Reference(requester.getValue()));
		return task;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** How many resources a search ("Patient", "Patient?_tag=...") matches now, bypassing the search cache. */
	int countOf(String search) {
		Bundle count = client.search().byUrl(search).summaryMode(SummaryEnum.COUNT)
				.cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute();
		return count.getTotal();
	}

	/** Profile checks so far of resources of {@code type} at {@code stage} ({@code ahead}, {@code at-storage}). */
	double profileChecks(String stage, String type) {
		Counter checks = meters.find("ecmh.ig.profile.checks").tag("stage", stage).tag("type", type).counter();
		return checks == null ? 0 : checks.count();
	}

	static List<String> types(Bundle bundle) {
		return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
	}

	static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().toUnqualifiedVersionless().getValue()).toList();
	}

	static List<Integer> scores(Bundle bundle) {
		return bundle.getEntry().stream()
				.map(e -> ((Observation) e.getResource()).getValueQuantity().getValue().intValue())
				.toList();
	}
}
