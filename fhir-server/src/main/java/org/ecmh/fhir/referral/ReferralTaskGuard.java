package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * Holds every write of a referral Task (one claiming the ecmh-referral-task profile) to the closed loop,
 * at the storage layer so REST, transactions and internal writes are all covered: a status change must be a
 * move of {@link ReferralTaskMoves} (else 409, nothing stored), the business status must go with the status
 * (else 422), and {@code Task.lastModified} is the server's stamp of the last progress (a change of status or
 * business status), which the overdue search reads.
 */
@Interceptor
public class ReferralTaskGuard {

	private final FhirContext fhirContext;
	private final BusinessStatuses businessStatuses;

	ReferralTaskGuard(FhirContext fhirContext, BusinessStatuses businessStatuses) {
		this.fhirContext = fhirContext;
		this.businessStatuses = businessStatuses;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		ReferralTasks.claimed(resource).ifPresent(task -> {
			checkBusinessStatus(task);
			if (!task.hasLastModified()) {
				task.setLastModified(new Date());
			}
		});
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		Optional<ReferralTasks.Change> change = ReferralTasks.change(previous, updated);
		change.ifPresent(c -> {
			TaskStatus from = c.before().getStatus();
			TaskStatus to = c.after().getStatus();
			if (!ReferralTaskMoves.allowed(from, to)) {
				throw illegalMove(from, to);
			}
			checkBusinessStatus(c.after());
			c.after().setLastModifiedElement(c.progressed() ? new DateTimeType(new Date())
					: c.before().getLastModifiedElement());
		});
	}

	private void checkBusinessStatus(Task task) {
		businessStatuses.misfit(task).ifPresent(reason -> {
			throw new UnprocessableEntityException(fhirContext,
					outcome(IssueType.CODEINVALID, "Task.businessStatus", "A referral Task's " + reason));
		});
	}

	private ResourceVersionConflictException illegalMove(TaskStatus from, TaskStatus to) {
		String allowed = ReferralTaskMoves.next(from).stream().map(TaskStatus::toCode).sorted().toList().toString();
		String message = "A referral Task cannot move from '" + from.toCode() + "' to '" + to.toCode() + "'; from '"
				+ from.toCode() + "' it may move to " + allowed + " or entered-in-error";
		return new ResourceVersionConflictException(message, outcome(IssueType.BUSINESSRULE, "Task.status", message));
	}

	private static OperationOutcome outcome(IssueType type, String expression, String message) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message).addExpression(expression);
		return outcome;
	}
}
