package org.ecmh.fhir.referral;

import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.PlanDefinition;

/** Where the referral rules and the activities they propose are read from. */
interface RuleLibrary {

	/** The active referral rules (PlanDefinitions of type eca-rule). */
	List<PlanDefinition> rules();

	ActivityDefinition activity(String canonical);
}
