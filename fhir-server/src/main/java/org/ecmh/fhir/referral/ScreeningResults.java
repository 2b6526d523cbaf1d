package org.ecmh.fhir.referral;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/** A child's most recent screening result per score code, the input of $apply when no screening is named. */
final class ScreeningResults {

	private static final List<String> CURRENT = List.of("final", "amended", "corrected");

	private final IFhirResourceDao<Observation> observations;

	ScreeningResults(IFhirResourceDao<Observation> observations) {
		this.observations = observations;
	}

	List<Observation> latest(IIdType child, Collection<Coding> scoreCodes, RequestDetails request) {
		if (scoreCodes.isEmpty()) {
			return List.of();
		}
		TokenOrListParam codes = new TokenOrListParam();
		scoreCodes.forEach(code -> codes.add(code.getSystem(), code.getCode()));
		TokenOrListParam statuses = new TokenOrListParam();
		CURRENT.forEach(status -> statuses.add(null, status));
		SearchParameterMap map = SearchParameterMap.newSynchronous()
				.add(Observation.SP_SUBJECT, new ReferenceParam(child.toUnqualifiedVersionless().getValue()))
				.add(Observation.SP_CODE, codes)
				.add(Observation.SP_STATUS, statuses);
		map.setSort(new SortSpec(Observation.SP_DATE, SortOrderEnum.DESC));
		Map<String, Observation> newestPerCode = new LinkedHashMap<>();
		observations.search(map, request).getAllResources().stream()
				.map(Observation.class::cast)
				.forEach(result -> newestPerCode.putIfAbsent(scoreKey(result, scoreCodes), result));
		return List.copyOf(newestPerCode.values());
	}

	private static String scoreKey(Observation result, Collection<Coding> scoreCodes) {
		return result.getCode().getCoding().stream()
				.filter(coding -> scoreCodes.stream().anyMatch(code -> ReferralRules.sameCode(code, coding)))
				.map(coding -> coding.getSystem() + "|" + coding.getCode())
				.findFirst().orElseThrow();
	}
}
