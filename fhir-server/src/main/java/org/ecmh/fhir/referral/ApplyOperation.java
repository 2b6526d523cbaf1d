package org.ecmh.fhir.referral;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code PlanDefinition/[id]/$apply} and {@code PlanDefinition/$apply} (every active referral rule) for one
 * child: the rules' conditions are evaluated against the screening results named in {@code screening}, or
 * else the child's latest result per score code the rules listen to, and the answer is a CarePlan proposal
 * with draft referrals and draft Tasks contained. Nothing is stored.
 */
public class ApplyOperation {

	private final RuleLibrary library;
	private final ReferralRules rules;
	private final ScreeningResults results;
	private final IFhirResourceDao<PlanDefinition> plans;
	private final IFhirResourceDao<Patient> patients;
	private final IFhirResourceDao<Observation> observations;

	ApplyOperation(RuleLibrary library, ReferralRules rules, ScreeningResults results, IFhirResourceDao<PlanDefinition> plans,
			IFhirResourceDao<Patient> patients, IFhirResourceDao<Observation> observations) {
		this.library = library;
		this.rules = rules;
		this.results = results;
		this.plans = plans;
		this.patients = patients;
		this.observations = observations;
	}

	@Description(shortDefinition = "Propose referrals and a care plan for a child: from this PlanDefinition, or at type level from every active referral rule")
	@Operation(name = "$apply", type = PlanDefinition.class, idempotent = true)
	public CarePlan apply(
			@IdParam(optional = true) IdType id,
			@Description(shortDefinition = "The child: Patient/<id>")
			@OperationParam(name = "subject", min = 1, max = 1) StringType subject,
			@Description(shortDefinition = "The clinician who would request the drafts")
			@OperationParam(name = "practitioner", max = 1) StringType practitioner,
			@Description(shortDefinition = "The practice, when no clinician is named")
			@OperationParam(name = "organization", max = 1) StringType organization,
			@Description(shortDefinition = "Screening results to evaluate (Observation/<id>); default: the child's latest per score code")
			@OperationParam(name = "screening") List<StringType> screening,
			RequestDetails request) {
		List<PlanDefinition> chosen = id == null ? library.rules() : List.of(plans.read(id, request));
		return apply(chosen, subject, requester(practitioner, organization), screening, request);
	}

	private CarePlan apply(List<PlanDefinition> chosen, StringType subject, Reference requester, List<StringType> screening,
			RequestDetails request) {
		IdType childId = new IdType(subject.getValue());
		if (!"Patient".equals(childId.getResourceType())) {
			throw new InvalidRequestException("subject must be a child: Patient/<id>, not " + subject.getValue());
		}
		Patient child = patients.read(childId, request);
		List<Observation> screenings = screening == null || screening.isEmpty()
				? results.latest(childId, ReferralRules.triggerCodes(chosen), request)
				: screening.stream().map(reference -> observations.read(new IdType(reference.getValue()), request)).toList();
		return propose(chosen, child, screenings, requester);
	}

	/**
	 * What every active referral rule proposes for a child and results the caller already holds (e.g. from an
	 * EHR's CDS Hooks prefetch): reads and stores nothing.
	 */
	public CarePlan propose(Patient child, List<Observation> screenings, Reference requester) {
		return propose(library.rules(), child, screenings, requester);
	}

	private CarePlan propose(List<PlanDefinition> chosen, Patient child, List<Observation> screenings, Reference requester) {
		return ProposedCarePlan.of(rules.apply(chosen, child, screenings, requester), child);
	}

	/** Who would request the drafts: the clinician applying the plan, or else the practice. */
	private static Reference requester(StringType practitioner, StringType organization) {
		StringType who = practitioner != null ? practitioner : organization;
		return who == null ? null : new Reference(who.getValue());
	}
}
