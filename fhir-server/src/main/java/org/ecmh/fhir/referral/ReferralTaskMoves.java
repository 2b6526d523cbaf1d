package org.ecmh.fhir.referral;

import static org.hl7.fhir.r4.model.Task.TaskStatus.ACCEPTED;
import static org.hl7.fhir.r4.model.Task.TaskStatus.CANCELLED;
import static org.hl7.fhir.r4.model.Task.TaskStatus.COMPLETED;
import static org.hl7.fhir.r4.model.Task.TaskStatus.DRAFT;
import static org.hl7.fhir.r4.model.Task.TaskStatus.ENTEREDINERROR;
import static org.hl7.fhir.r4.model.Task.TaskStatus.FAILED;
import static org.hl7.fhir.r4.model.Task.TaskStatus.INPROGRESS;
import static org.hl7.fhir.r4.model.Task.TaskStatus.ONHOLD;
import static org.hl7.fhir.r4.model.Task.TaskStatus.REJECTED;
import static org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED;

import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * The closed-loop referral Task's state machine: FHIR's Task state machine without {@code ready} and
 * {@code received} (as SDOHCC's referral Task), with {@code draft} for proposals that await a clinician and
 * {@code on-hold} for waitlists and family pauses. The referral page of the IG draws it.
 * <ul>
 *   <li>draft → requested (a clinician confirms) | cancelled (the proposal is dropped)</li>
 *   <li>requested → accepted | rejected | cancelled</li>
 *   <li>accepted → in-progress | on-hold | cancelled | failed</li>
 *   <li>in-progress → completed | on-hold | cancelled | failed</li>
 *   <li>on-hold → accepted | in-progress (resumed) | cancelled | failed</li>
 *   <li>completed, rejected, cancelled, failed are final; any state → entered-in-error (a correction)</li>
 * </ul>
 * A Task may be created in any state (a referral that started in another system arrives where it stands);
 * the moves govern what happens to it here.
 */
final class ReferralTaskMoves {

	private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
			DRAFT, Set.of(REQUESTED, CANCELLED),
			REQUESTED, Set.of(ACCEPTED, REJECTED, CANCELLED),
			ACCEPTED, Set.of(INPROGRESS, ONHOLD, CANCELLED, FAILED),
			INPROGRESS, Set.of(COMPLETED, ONHOLD, CANCELLED, FAILED),
			ONHOLD, Set.of(ACCEPTED, INPROGRESS, CANCELLED, FAILED));

	/** The requester confirms, cancels or corrects a referral; every other move is the receiver's (the owner). */
	private static final Set<TaskStatus> REQUESTER_MOVES = Set.of(REQUESTED, CANCELLED, ENTEREDINERROR);

	/** States in which the loop waits on someone's next step: where a referral can become overdue. */
	static final Set<TaskStatus> AWAITING_PROGRESS = Set.of(REQUESTED, ACCEPTED, INPROGRESS);

	private ReferralTaskMoves() {}

	static boolean allowed(TaskStatus from, TaskStatus to) {
		return from == to || to == ENTEREDINERROR || NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/** The states a Task in {@code from} may move to, for telling a client what it could have done. */
	static Set<TaskStatus> next(TaskStatus from) {
		return NEXT.getOrDefault(from, Set.of());
	}

	static boolean madeByRequester(TaskStatus to) {
		return REQUESTER_MOVES.contains(to);
	}
}
