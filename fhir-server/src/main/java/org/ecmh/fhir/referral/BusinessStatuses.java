package org.ecmh.fhir.referral;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * The referral business statuses ({@code ecmh-referral-status}) and the Task.status values each may be used
 * with, as the IG's code system lists them in its {@code task-status} property.
 */
final class BusinessStatuses {

	static final String SYSTEM = "http://fhir.ecmh.org/CodeSystem/ecmh-referral-status";
	/** The status the engine gives a proposal (the referral-task ActivityDefinition's contract). */
	static final String PROPOSED = "proposed";
	private static final String TASK_STATUS = "task-status";

	private final Map<String, Set<TaskStatus>> allowedWith;

	private BusinessStatuses(Map<String, Set<TaskStatus>> allowedWith) {
		this.allowedWith = allowedWith;
	}

	static BusinessStatuses of(CodeSystem codeSystem) {
		return new BusinessStatuses(codeSystem.getConcept().stream()
				.collect(Collectors.toUnmodifiableMap(ConceptDefinitionComponent::getCode, BusinessStatuses::taskStatuses)));
	}

	/** Why the Task's business status does not fit its status, if it does not. */
	Optional<String> misfit(Task task) {
		return task.getBusinessStatus().getCoding().stream()
				.filter(coding -> SYSTEM.equals(coding.getSystem()))
				.map(coding -> misfit(coding, task.getStatus()))
				.flatMap(Optional::stream)
				.findFirst();
	}

	private Optional<String> misfit(Coding coding, TaskStatus status) {
		Set<TaskStatus> statuses = allowedWith.get(coding.getCode());
		if (statuses == null) {
			return Optional.of("business status '" + coding.getCode() + "' is not a code of " + SYSTEM);
		}
		if (!statuses.contains(status)) {
			return Optional.of("business status '" + coding.getCode() + "' goes with Task.status "
					+ statuses.stream().map(TaskStatus::toCode).sorted().toList() + ", not '" + status.toCode() + "'");
		}
		return Optional.empty();
	}

	private static Set<TaskStatus> taskStatuses(ConceptDefinitionComponent concept) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		concept.getProperty().stream()
				.filter(property -> TASK_STATUS.equals(property.getCode()))
				.forEach(property -> statuses.add(TaskStatus.fromCode(property.getValueCodeType().getValue())));
		return Set.copyOf(statuses);
	}
}
