package org.ecmh.fhir.referral;

import java.util.Date;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * The result of $apply as R4 defines it: a CarePlan (draft, intent proposal) for the child whose activities
 * are the proposed drafts, carried as contained resources; each referral Task points at its contained
 * referral. Nothing is stored: a clinician reviews it and writes what they confirm.
 */
final class ProposedCarePlan {

	private ProposedCarePlan() {}

	static CarePlan of(ReferralRules.Outcome outcome, Patient child) {
		CarePlan plan = new CarePlan();
		plan.setStatus(CarePlanStatus.DRAFT);
		plan.setIntent(CarePlanIntent.PROPOSAL);
		plan.setSubject(new Reference(child.getIdElement().toUnqualifiedVersionless().getValue()));
		plan.setCreated(new Date());
		outcome.applied().forEach(rule -> plan.addInstantiatesCanonical(rule.getUrl() + "|" + rule.getVersion()));
		for (Proposal proposal : outcome.proposals()) {
			Resource draft = proposal.draft();
			draft.setId(proposal.actionId());
			if (draft instanceof Task task && proposal.tracks() != null) {
				task.setFocus(new Reference("#" + proposal.tracks()));
			}
			plan.addContained(draft);
			plan.addActivity().setReference(new Reference("#" + proposal.actionId()));
		}
		return plan;
	}
}
