package org.ecmh.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a program evaluator would check first in a generated practice: who is in it and how screens come out. */
class PracticeShapeTest {

	private static final int FAMILIES = 1500;
	private static final double RATE_TOLERANCE = 0.03;
	private static List<Resource> resources;

	@BeforeAll
	static void generate() {
		resources = new PracticeGenerator(2024).families(FAMILIES)
				.flatMap(bundle -> bundle.getEntry().stream())
				.map(entry -> entry.getResource())
				.toList();
	}

	@Test
	void childrenAreUnderSixAndEachHasOneOrTwoCaregivers() {
		List<Patient> children = of(Patient.class).stream().filter(Patient::hasManagingOrganization).toList();
		LocalDate asOf = PracticeGenerator.DEFAULT_AS_OF;
		assertThat(children).allSatisfy(child -> assertThat(ChronoUnit.MONTHS.between(
				child.getBirthDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate(), asOf)).isBetween(0L, 71L));
		assertThat((double) children.size() / FAMILIES).isCloseTo(1 + PracticeRates.DEFAULTS.secondChild(), within(0.05));

		Map<String, Long> caregiversPerChild = of(RelatedPerson.class).stream()
				.collect(Collectors.groupingBy(caregiver -> caregiver.getPatient().getReference(), Collectors.counting()));
		assertThat(caregiversPerChild).hasSize(children.size());
		assertThat(caregiversPerChild.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 2L));
	}

	@Test
	void eachScoreIsPositiveAtItsInstrumentsRate() {
		Map<String, List<Observation>> byScore = of(Observation.class).stream()
				.collect(Collectors.groupingBy(observation -> observation.getCode().getCodingFirstRep().getCode()));
		for (Instrument instrument : Instrument.values()) {
			for (Score score : instrument.scores()) {
				List<Observation> results = byScore.get(score.code());
				long positive = results.stream().filter(PracticeShapeTest::isPositive).count();
				assertThat((double) positive / results.size()).as(score.code())
						.isCloseTo(score.positiveRate(), within(RATE_TOLERANCE));
			}
		}
	}

	@Test
	void contactsCoverEveryTierAndSetting() {
		List<Encounter> contacts = of(Encounter.class).stream().filter(Encounter::hasExtension).toList();
		Set<String> tiers = contacts.stream().map(e -> ((Coding) e.getExtensionByUrl(Ig.EXT_SERVICE_TIER).getValue()).getCode())
				.collect(Collectors.toSet());
		Set<String> settings = contacts.stream().map(e -> e.getClass_().getCode()).collect(Collectors.toSet());
		assertThat(tiers).containsExactlyInAnyOrder("promotion", "prevention", "intervention");
		assertThat(settings).containsExactlyInAnyOrder("AMB", "HH", "VR", "FLD");
	}

	@Test
	void referralTasksReachEveryStateAndNeverChangeBeforeTheyAreSent() {
		List<Task> tasks = of(Task.class);
		Set<TaskStatus> reached = tasks.stream().map(Task::getStatus).collect(Collectors.toSet());
		assertThat(reached).containsAll(EnumSet.of(TaskStatus.REQUESTED, TaskStatus.ACCEPTED, TaskStatus.INPROGRESS,
				TaskStatus.ONHOLD, TaskStatus.COMPLETED, TaskStatus.REJECTED, TaskStatus.CANCELLED, TaskStatus.FAILED));
		assertThat(tasks).allSatisfy(task -> assertThat(task.getLastModified()).isAfterOrEqualTo(task.getAuthoredOn()));
		assertThat(tasks.stream().filter(task -> task.getStatus() == TaskStatus.COMPLETED))
				.allSatisfy(task -> assertThat(task.getExecutionPeriod().getEnd()).isAfter(task.getAuthoredOn()));
	}

	private static boolean isPositive(Observation observation) {
		return observation.getInterpretationFirstRep().getCoding().stream().anyMatch(coding -> "POS".equals(coding.getCode()));
	}

	private static <T extends Resource> List<T> of(Class<T> type) {
		return resources.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
	}

}
