package org.ecmh.fhir.referral;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.PlanDefinition;

/**
 * The rules as stored in the repository: installed from the IG at start-up and editable there by a practice
 * (a new version of a PlanDefinition takes effect on the next screening). Searches run synchronously so they
 * can join the transaction of the write that triggered them.
 */
final class StoredRules implements RuleLibrary {

	private static final String PLAN_TYPE = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

	private final IFhirResourceDao<PlanDefinition> plans;
	private final IFhirResourceDao<ActivityDefinition> activities;

	StoredRules(IFhirResourceDao<PlanDefinition> plans, IFhirResourceDao<ActivityDefinition> activities) {
		this.plans = plans;
		this.activities = activities;
	}

	@Override
	public List<PlanDefinition> rules() {
		SearchParameterMap map = SearchParameterMap.newSynchronous()
				.add(PlanDefinition.SP_TYPE, new TokenParam(PLAN_TYPE, "eca-rule"))
				.add(PlanDefinition.SP_STATUS, new TokenParam("active"));
		return plans.search(map, new SystemRequestDetails()).getAllResources().stream()
				.map(PlanDefinition.class::cast)
				.toList();
	}

	@Override
	public ActivityDefinition activity(String canonical) {
		String url = canonical.split("\\|")[0];
		SearchParameterMap map = SearchParameterMap.newSynchronous().add(ActivityDefinition.SP_URL, new UriParam(url));
		return activities.search(map, new SystemRequestDetails()).getAllResources().stream()
				.map(ActivityDefinition.class::cast)
				.findFirst()
				.orElseThrow(() -> new ResourceNotFoundException("No ActivityDefinition " + url + " is stored"));
	}
}
