package org.ecmh.fhir.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of referral Task states, held by the guard the server runs on each write. */
class ReferralTaskMovesTest {

	/** The referral page's state diagram, read move by move ("-" = final state). */
	private static final Map<String, Set<String>> DIAGRAM = Map.of(
			"draft", Set.of("requested", "cancelled"),
			"requested", Set.of("accepted", "rejected", "cancelled"),
			"accepted", Set.of("in-progress", "on-hold", "cancelled", "failed"),
			"in-progress", Set.of("completed", "on-hold", "cancelled", "failed"),
			"on-hold", Set.of("accepted", "in-progress", "cancelled", "failed"),
			"completed", Set.of(),
			"rejected", Set.of(),
			"cancelled", Set.of(),
			"failed", Set.of(),
			"entered-in-error", Set.of());

	private final ReferralTaskGuard guard = new ReferralTaskGuard(PackagedRules.FHIR, PackagedRules.businessStatuses());

	static Stream<Arguments> everyPairOfStates() {
		return DIAGRAM.keySet().stream().flatMap(from -> DIAGRAM.keySet().stream().map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPairOfStates")
	void aMoveIsAllowedExactlyWhenTheDiagramDrawsIt(String from, String to) {
		boolean drawn = from.equals(to) || to.equals("entered-in-error") || DIAGRAM.get(from).contains(to);
		Task before = task(from);
		Task after = task(to);

		if (drawn) {
			guard.beforeUpdate(before, after);
			assertThat(after.getStatus().toCode()).isEqualTo(to);
		} else {
			assertThatThrownBy(() -> guard.beforeUpdate(before, after))
					.isInstanceOf(ResourceVersionConflictException.class)
					.satisfies(e -> assertThat(diagnostics((ResourceVersionConflictException) e))
							.contains("from '" + from + "' to '" + to + "'"));
		}
	}

	@Test
	void theStatesAreTheProfilesTaskStatusesWithoutReadyAndReceived() {
		List<String> withoutReadyReceived = Arrays.stream(TaskStatus.values())
				.filter(s -> s != TaskStatus.NULL && s != TaskStatus.READY && s != TaskStatus.RECEIVED)
				.map(TaskStatus::toCode).toList();
		assertThat(DIAGRAM.keySet()).containsExactlyInAnyOrderElementsOf(withoutReadyReceived);
	}

	@Test
	void aBusinessStatusMustGoWithTheTaskStatus() {
		Task accepted = task("accepted");
		Task scheduled = task("in-progress");
		scheduled.getBusinessStatus().addCoding().setSystem(BusinessStatuses.SYSTEM).setCode("first-visit-scheduled");
		guard.beforeUpdate(accepted, scheduled);

		Task completedButScheduled = task("completed");
		completedButScheduled.getBusinessStatus().addCoding().setSystem(BusinessStatuses.SYSTEM).setCode("first-visit-scheduled");
		assertThatThrownBy(() -> guard.beforeUpdate(scheduled, completedButScheduled))
				.isInstanceOf(UnprocessableEntityException.class)
				.hasMessageContaining("'first-visit-scheduled' goes with Task.status [in-progress], not 'completed'");
	}

	@Test
	void everyBusinessStatusOfTheReferralPageIsAllowedWithItsStates() {
		Map<String, List<String>> page = Map.ofEntries(
				Map.entry("proposed", List.of("draft")), Map.entry("sent", List.of("requested")),
				Map.entry("received", List.of("requested")), Map.entry("accepted", List.of("accepted")),
				Map.entry("family-contacted", List.of("accepted", "in-progress")),
				Map.entry("first-visit-scheduled", List.of("in-progress")),
				Map.entry("first-visit-held", List.of("in-progress", "completed")),
				Map.entry("engaged", List.of("in-progress", "completed")), Map.entry("no-show", List.of("in-progress")),
				Map.entry("waitlisted", List.of("on-hold")), Map.entry("family-paused", List.of("on-hold")),
				Map.entry("unable-to-reach", List.of("failed")), Map.entry("family-declined", List.of("cancelled", "failed")),
				Map.entry("not-eligible", List.of("rejected")), Map.entry("declined-by-receiver", List.of("rejected")),
				Map.entry("completed", List.of("completed")));
		BusinessStatuses statuses = PackagedRules.businessStatuses();
		page.forEach((code, states) -> DIAGRAM.keySet().forEach(state -> {
			Task task = task(state);
			task.getBusinessStatus().addCoding().setSystem(BusinessStatuses.SYSTEM).setCode(code);
			assertThat(statuses.misfit(task).isEmpty()).as(code + " with " + state).isEqualTo(states.contains(state));
		}));
	}

	@Test
	void progressRestampsLastModifiedAndOtherEditsKeepIt() {
		Task requested = task("requested");
		requested.setLastModifiedElement(new DateTimeType("2026-01-05T10:00:00Z"));
		Task noteOnly = task("requested");
		noteOnly.addNote().setText("left a voicemail");
		noteOnly.setLastModifiedElement(new DateTimeType("2030-01-01T00:00:00Z"));
		guard.beforeUpdate(requested, noteOnly);
		assertThat(noteOnly.getLastModifiedElement().getValueAsString()).isEqualTo("2026-01-05T10:00:00Z");

		Task accepted = task("accepted");
		guard.beforeUpdate(requested, accepted);
		assertThat(accepted.getLastModified()).isAfter(requested.getLastModified());
	}

	private static Task task(String status) {
		Task task = new Task();
		task.getMeta().addProfile(ReferralTasks.PROFILE);
		task.setStatus(TaskStatus.fromCode(status));
		task.setRequester(new Reference("PractitionerRole/pcp"));
		task.setOwner(new Reference("PractitionerRole/family-partner"));
		return task;
	}

	private static String diagnostics(ResourceVersionConflictException e) {
		return ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics();
	}
}
