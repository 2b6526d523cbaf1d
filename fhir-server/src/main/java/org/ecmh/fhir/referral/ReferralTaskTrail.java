package org.ecmh.fhir.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * Records each step of a referral Task as a Provenance written in the same database transaction as the Task
 * version it describes: target = that version, entity (revision) = the version before, agent = who made the
 * move (the requester confirms and cancels, the owner does the rest), activity = the state entered, with
 * "from → to" in its text. Together with the Task's own history this is the referral's trail, found by
 * {@code Provenance?target=Task/<id>}.
 */
@Interceptor
public class ReferralTaskTrail {

	private static final String TASK_STATUS = "http://hl7.org/fhir/task-status";
	private static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
	private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

	private final IFhirResourceDao<Provenance> provenances;

	ReferralTaskTrail(IFhirResourceDao<Provenance> provenances) {
		this.provenances = provenances;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, TransactionDetails transaction) {
		ReferralTasks.claimed(resource).ifPresent(task -> record(null, task, transaction));
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource updated, TransactionDetails transaction) {
		ReferralTasks.change(previous, updated)
				.filter(ReferralTasks.Change::progressed)
				.ifPresent(change -> record(change.before(), change.after(), transaction));
	}

	/** Joins the Task write's transaction details, so the Task is resolvable even inside a FHIR transaction. */
	private void record(Task before, Task after, TransactionDetails transaction) {
		Provenance provenance = new Provenance();
		provenance.addTarget(new Reference(after.getIdElement().toUnqualified().getValue()));
		provenance.setRecorded(new Date());
		provenance.setActivity(activity(before, after));
		provenance.addAgent()
				.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "performer", "Performer")))
				.setWho(actor(after));
		if (before != null) {
			provenance.addEntity().setRole(ProvenanceEntityRole.REVISION)
					.setWhat(new Reference(before.getIdElement().toUnqualified().getValue()));
		}
		provenances.create(provenance, null, true, new SystemRequestDetails(), transaction);
	}

	private static CodeableConcept activity(Task before, Task after) {
		TaskStatus to = after.getStatus();
		CodeableConcept activity = new CodeableConcept();
		activity.addCoding().setSystem(TASK_STATUS).setCode(to.toCode()).setDisplay(to.getDisplay());
		activity.addCoding().setSystem(DATA_OPERATION).setCode(before == null ? "CREATE" : "UPDATE");
		String business = after.getBusinessStatus().getCodingFirstRep().getCode();
		String step = before == null ? "created as '" + to.toCode() + "'" : "'" + before.getStatus().toCode() + "' → '" + to.toCode() + "'";
		return activity.setText(business == null ? step : step + " (" + business + ")");
	}

	/** The requester confirms and cancels; the owner accepts, works and closes the referral when there is one. */
	private static Reference actor(Task task) {
		boolean requesterMove = ReferralTaskMoves.madeByRequester(task.getStatus()) || !task.hasOwner();
		Reference who = requesterMove ? task.getRequester() : task.getOwner();
		return new Reference(who.getReference()).setDisplay(who.getDisplay());
	}
}
