package org.ecmh.fhir.referral;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.api.Constants;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Task;

/**
 * {@code Task/$overdue}: open referral Tasks (requested, accepted, in-progress) whose last progress
 * ({@code Task.lastModified}, stamped by the server on every change of status or business status) is older
 * than {@code ecmh.referral.overdue-after}, oldest first, as a pageable search result. The same list is the
 * search {@code Task?_profile=<ecmh-referral-task>&status=requested,accepted,in-progress&modified=lt<date>};
 * referrals past their due date are {@code Task?status=...&due=lt<date>}.
 */
public class OverdueReferrals {

	private final IFhirResourceDao<Task> tasks;
	private final Duration overdueAfter;

	OverdueReferrals(IFhirResourceDao<Task> tasks, Duration overdueAfter) {
		this.tasks = tasks;
		this.overdueAfter = overdueAfter;
	}

	@Description(shortDefinition = "Open referral Tasks without progress for longer than the configured number of days")
	@Operation(name = "$overdue", type = Task.class, idempotent = true)
	public IBundleProvider overdue(
			@Description(shortDefinition = "Only this child's referrals (Patient/<id>)")
			@OperationParam(name = "patient", max = 1) ReferenceParam patient,
			RequestDetails request) {
		SearchParameterMap map = new SearchParameterMap();
		map.add(Constants.PARAM_PROFILE, new UriParam(ReferralTasks.PROFILE));
		TokenOrListParam open = new TokenOrListParam();
		ReferralTaskMoves.AWAITING_PROGRESS.forEach(status -> open.add(status.getSystem(), status.toCode()));
		map.add(Task.SP_STATUS, open);
		map.add(Task.SP_MODIFIED, new DateParam(ParamPrefixEnum.LESSTHAN, Date.from(Instant.now().minus(overdueAfter))));
		if (patient != null) {
			map.add(Task.SP_SUBJECT, patient);
		}
		map.setSort(new SortSpec(Task.SP_MODIFIED));
		return tasks.search(map, request);
	}
}
