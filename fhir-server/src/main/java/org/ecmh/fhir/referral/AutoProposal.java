package org.ecmh.fhir.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Auto-proposal ({@code ecmh.referral.auto-propose}): when a screening result is stored, or amended so that
 * a rule now fires that did not before, the referral rules write their drafts (ServiceRequest draft /
 * proposal, Task draft / proposed) in the same transaction as the result. Nothing is ordered: a clinician
 * confirms by moving the Task to requested and the referral to active. A result the rules do not listen to
 * costs one search of the rules.
 */
@Interceptor
public class AutoProposal {

	private static final Logger log = LoggerFactory.getLogger(AutoProposal.class);
	private static final Set<ObservationStatus> CURRENT = Set.of(ObservationStatus.FINAL, ObservationStatus.AMENDED, ObservationStatus.CORRECTED);

	private final RuleLibrary library;
	private final ReferralRules rules;
	private final IFhirResourceDao<Patient> patients;
	private final DaoRegistry daos;
	private final Reference proposer;

	AutoProposal(RuleLibrary library, ReferralRules rules, IFhirResourceDao<Patient> patients,
			DaoRegistry daos, String proposer) {
		this.library = library;
		this.rules = rules;
		this.patients = patients;
		this.daos = daos;
		this.proposer = new Reference(proposer);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, TransactionDetails transaction) {
		if (resource instanceof Observation screening) {
			propose(screening, null, transaction);
		}
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource updated, TransactionDetails transaction) {
		if (updated instanceof Observation screening && previous instanceof Observation before) {
			propose(screening, before, transaction);
		}
	}

	private void propose(Observation screening, Observation before, TransactionDetails transaction) {
		if (!CURRENT.contains(screening.getStatus()) || !screening.getSubject().getReferenceElement().getResourceType().equals("Patient")) {
			return;
		}
		List<PlanDefinition> listening = listeningRules(screening);
		if (listening.isEmpty()) {
			return;
		}
		Patient child = patients.read(screening.getSubject().getReferenceElement(), new SystemRequestDetails());
		List<Proposal> now = rules.apply(listening, child, List.of(screening), proposer).proposals();
		Set<String> earlier = before == null || !CURRENT.contains(before.getStatus()) ? Set.of()
				: rules.apply(listening, child, List.of(before), proposer).proposals().stream().map(Proposal::actionId).collect(Collectors.toSet());
		List<Proposal> fresh = now.stream().filter(proposal -> !earlier.contains(proposal.actionId())).toList();
		if (!fresh.isEmpty() && proposerExists()) {
			store(fresh, transaction);
		}
	}

	private List<PlanDefinition> listeningRules(Observation screening) {
		return library.rules().stream()
				.filter(rule -> ReferralRules.triggerCodes(List.of(rule)).stream().anyMatch(code -> screening.getCode().getCoding().stream()
						.anyMatch(coding -> ReferralRules.sameCode(code, coding))))
				.toList();
	}

	/**
	 * Referrals first, so each Task can point at the stored referral it tracks. The drafts join the triggering
	 * write's transaction details: inside a FHIR transaction HAPI does not flush until the end, and it finds
	 * a referral created moments ago only through the ids recorded there.
	 */
	private void store(List<Proposal> proposals, TransactionDetails transaction) {
		Map<String, String> storedIds = new HashMap<>();
		proposals.stream().sorted((a, b) -> Boolean.compare(a.tracks() != null, b.tracks() != null)).forEach(proposal -> {
			Resource draft = proposal.draft();
			if (draft instanceof Task task && proposal.tracks() != null) {
				task.setFocus(new Reference(storedIds.get(proposal.tracks())));
			}
			IdType id = (IdType) daos.getResourceDao(draft.fhirType())
					.create(draft, null, true, new SystemRequestDetails(), transaction).getId();
			storedIds.put(proposal.actionId(), id.toUnqualifiedVersionless().getValue());
		});
		log.info("Proposed {} draft(s) for a clinician to confirm: {}", proposals.size(), storedIds.values());
	}

	private boolean proposerExists() {
		try {
			daos.getResourceDao(proposer.getReferenceElement().getResourceType()).read(proposer.getReferenceElement(), new SystemRequestDetails());
			return true;
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			log.warn("Referral drafts not proposed: ecmh.referral.proposer {} is not stored", proposer.getReference());
			return false;
		}
	}
}
