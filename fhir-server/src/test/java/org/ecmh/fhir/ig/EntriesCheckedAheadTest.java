package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.IValidatorModule;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction's entries are checked on checker threads while the request's thread stores them: each entry
 * then takes its own check's result (an id given on the way to storage changes nothing, nor do the changes HAPI makes
 * to the entries another links to), one changed since is checked again, one whose check no checker has
 * started yet is checked by the storing thread instead of waiting, and a refusal drops the checks left.
 */
class EntriesCheckedAheadTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final int CHECKERS = 2;

	private final HeldChecks held = new HeldChecks();
	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
	private final EntriesCheckedAhead checks = new EntriesCheckedAhead(FHIR, validatorWith(held), CHECKERS, meters);
	private final SystemRequestDetails request = new SystemRequestDetails();

	@AfterEach
	void stopCheckers() {
		held.release();
		checks.close();
	}

	@Test
	void eachEntryTakesTheResultOfItsOwnCheck() {
		held.release();
		List<Patient> entries = patients("Intact", "Broken", "Intact too");
		checks.checkEntries(transactionOf(entries), request, entry -> true);

		List<Boolean> successful = entries.stream().map(entry -> resultAtStorage(entry).orElseThrow().isSuccessful()).toList();

		assertThat(successful).containsExactly(true, false, true);
		assertThat(checksAt("ahead")).isEqualTo(3);
	}

	@Test
	void anEntryChangedAfterItsCheckHasNoResultSoItIsCheckedAgainWhenStored() {
		held.release();
		List<Patient> entries = patients("Intact", "Intact too");
		checks.checkEntries(transactionOf(entries), request, entry -> true);
		entries.get(0).addName().setFamily("Broken");

		assertThat(resultAtStorage(entries.get(0))).isEmpty();
		assertThat(resultAtStorage(entries.get(1))).isPresent();
	}

	@Test
	void anEntryGivenItsIdOnTheWayToStorageKeepsItsCheck() {
		held.release();
		List<Patient> entries = patients("Intact", "Broken");
		checks.checkEntries(transactionOf(entries), request, entry -> true);
		entries.forEach(entry -> entry.setId("Patient/" + entry.getNameFirstRep().getFamily()));

		assertThat(resultAtStorage(entries.get(0))).hasValueSatisfying(result -> assertThat(result.isSuccessful()).isTrue());
		assertThat(resultAtStorage(entries.get(1))).hasValueSatisfying(result -> assertThat(result.isSuccessful()).isFalse());
	}

	@Test
	void anEntryLinkedToAnotherIsCheckedWithItsReferenceAsWrittenWhileHapiChangesTheOther() {
		Patient child = patients("Child").get(0);
		child.setId("urn:uuid:child");
		RelatedPerson mother = new RelatedPerson();
		// HAPI's parser links each reference to the entry it names.
		mother.getPatient().setReference("urn:uuid:child").setResource(child);
		List<Resource> entries = new ArrayList<>(patients("First", "Second"));
		entries.add(mother);
		checks.checkEntries(transactionOf(entries), request, entry -> true);
		held.awaitCheckersHeld(); // the mother's check waits its turn

		child.setId((String) null); // on its way to storage
		held.release();

		assertThat(resultAtStorage(mother)).isPresent();
		assertThat(held.checked.keySet()).filteredOn(content -> content.contains("RelatedPerson"))
				.singleElement().asString().contains("\"reference\":\"urn:uuid:child\"").doesNotContain("contained");
	}

	@Test
	void aCheckNoCheckerHasStartedIsRunByTheStoringThreadInsteadOfWaitingItsTurn() {
		List<Patient> entries = patients("First", "Second", "Third");
		checks.checkEntries(transactionOf(entries), request, entry -> true);
		held.awaitCheckersHeld();

		Optional<ValidationResult> third = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> resultAtStorage(entries.get(2)));

		assertThat(third).isPresent();
		assertThat(held.checked.get(contentOf(entries.get(2)))).doesNotStartWith("profile-check-");
		held.release();
		assertThat(resultAtStorage(entries.get(0))).isPresent();
		assertThat(held.checked.get(contentOf(entries.get(0)))).startsWith("profile-check-");
	}

	@Test
	void aRefusalDropsTheChecksNotYetStarted() {
		List<Patient> entries = patients("First", "Second", "Third");
		checks.checkEntries(transactionOf(entries), request, entry -> true);
		held.awaitCheckersHeld();

		checks.cancelPending(request);
		held.release();
		List<Patient> next = patients("Next", "Next too");
		checks.checkEntries(transactionOf(next), new SystemRequestDetails(), entry -> true);
		await().atMost(Duration.ofSeconds(10)).until(() -> held.checked.containsKey(contentOf(next.get(1))));

		assertThat(held.checked).doesNotContainKey(contentOf(entries.get(2)));
		assertThat(resultAtStorage(entries.get(2))).isEmpty();
	}

	private Optional<ValidationResult> resultAtStorage(Resource entry) {
		return checks.resultFor(entry, request);
	}

	private String contentOf(Patient entry) {
		return checks.contentOf(entry);
	}

	private double checksAt(String stage) {
		return meters.find("ecmh.ig.profile.checks").tag("stage", stage).counters().stream().mapToDouble(c -> c.count()).sum();
	}

	private static List<Patient> patients(String... families) {
		return List.of(families).stream().map(family -> {
			Patient patient = new Patient();
			patient.addName().setFamily(family);
			return patient;
		}).toList();
	}

	private static Bundle transactionOf(List<? extends Resource> entries) {
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		entries.forEach(entry -> transaction.addEntry().setResource(entry));
		return transaction;
	}

	private static FhirValidator validatorWith(IValidatorModule module) {
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(module);
		return validator;
	}

	/**
	 * Refuses any content naming "Broken", records which thread checked what, and holds checks on checker
	 * threads until released.
	 */
	private static final class HeldChecks implements IValidatorModule {

		private final CountDownLatch released = new CountDownLatch(1);
		private final CountDownLatch checkersHeld = new CountDownLatch(CHECKERS);
		private final Map<String, String> checked = new ConcurrentHashMap<>();

		@Override
		public void validateResource(IValidationContext<IBaseResource> context) {
			String thread = Thread.currentThread().getName();
			if (thread.startsWith("profile-check-")) {
				checkersHeld.countDown();
				awaitQuietly(released);
			}
			checked.put(context.getResourceAsString(), thread);
			if (context.getResourceAsString().contains("Broken")) {
				SingleValidationMessage refusal = new SingleValidationMessage();
				refusal.setSeverity(ResultSeverityEnum.ERROR);
				refusal.setMessage("Broken");
				context.addValidationMessage(refusal);
			}
		}

		void awaitCheckersHeld() {
			awaitQuietly(checkersHeld);
		}

		void release() {
			released.countDown();
		}

		private static void awaitQuietly(CountDownLatch latch) {
			try {
				assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
