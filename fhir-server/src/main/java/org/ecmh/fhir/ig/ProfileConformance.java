package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.ecmh.fhir.server.BeforeStorage;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Enforces the IG on every write that reaches storage (REST, transaction entries and internal writes alike):
 * a resource that claims one of our profiles must conform to it, and in strict mode our resource types must
 * claim one. Refusals are 422 with an OperationOutcome whose issues name the failing element. Resources that
 * claim none of our profiles skip validation, so plain FHIR traffic pays nothing. A transaction's entries are
 * checked on other threads while HAPI stores them one by one ({@link EntriesCheckedAhead}).
 */
@Interceptor
public class ProfileConformance extends BeforeStorage {

	/** Transaction entries are checked after the interceptors that complete them (scoring fills in totals). */
	private static final int AFTER_ENTRIES_ARE_COMPLETED = 100;
	private static final String BUILT_FROM_THE_GUIDE = ProfileConformance.class.getName() + ".builtFromTheGuide";

	private final FhirContext fhirContext;
	private final EntriesCheckedAhead checks;
	private final ImplementationGuidePackage ig;
	private final boolean strict;

	ProfileConformance(FhirContext fhirContext, EntriesCheckedAhead checks, ImplementationGuidePackage ig, boolean strict) {
		this.fhirContext = fhirContext;
		this.checks = checks;
		this.ig = ig;
		this.strict = strict;
	}

	/**
	 * The request for writes this server builds itself from the IG's definitions (a screening's result
	 * Observations): they are not validated again at write time, so a test must show they conform.
	 */
	public static SystemRequestDetails builtFromTheGuide() {
		SystemRequestDetails request = new SystemRequestDetails();
		request.getUserData().put(BUILT_FROM_THE_GUIDE, Boolean.TRUE);
		return request;
	}

	@Hook(value = Pointcut.STORAGE_TRANSACTION_PROCESSING, order = AFTER_ENTRIES_ARE_COMPLETED)
	public void beforeTransaction(IBaseBundle bundle, RequestDetails request) {
		if (!exempt(request)) {
			checks.checkEntries(bundle, request, resource -> !claimedProfilesOfOurs(resource).isEmpty());
		}
	}

	@Override
	protected void beforeStoring(IBaseResource resource, RequestDetails request) {
		if (exempt(request)) {
			return;
		}
		String type = fhirContext.getResourceType(resource);
		List<String> claimed = claimedProfilesOfOurs(resource);
		if (claimed.isEmpty()) {
			if (strict && ig.profiledTypes().contains(type)) {
				throw refusal(type, "This server requires " + type + " to claim one of the ECMH profiles in meta.profile: "
						+ ig.profileTypes().entrySet().stream().filter(e -> e.getValue().equals(type)).map(e -> e.getKey()).toList());
			}
			return;
		}
		ValidationResult result = checks.resultFor(resource, request).orElseGet(() -> checks.check(resource));
		List<SingleValidationMessage> errors = result.getMessages().stream()
				.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.toList();
		if (!errors.isEmpty()) {
			checks.cancelPending(request);
			throw new UnprocessableEntityException(fhirContext, outcomeOf(errors));
		}
	}

	private static boolean exempt(RequestDetails request) {
		boolean builtHere = request != null && Boolean.TRUE.equals(request.getUserData().get(BUILT_FROM_THE_GUIDE));
		return builtHere || PackageInstallation.inProgressOnThisThread();
	}

	private List<String> claimedProfilesOfOurs(IBaseResource resource) {
		return resource.getMeta().getProfile().stream()
				.map(IPrimitiveType::getValueAsString)
				.filter(url -> url != null && ig.profileTypes().containsKey(url.split("\\|")[0]))
				.toList();
	}

	private static OperationOutcome outcomeOf(List<SingleValidationMessage> errors) {
		OperationOutcome outcome = new OperationOutcome();
		for (SingleValidationMessage error : errors) {
			outcome.addIssue()
					.setSeverity(error.getSeverity() == ResultSeverityEnum.FATAL ? IssueSeverity.FATAL : IssueSeverity.ERROR)
					.setCode(IssueType.PROCESSING)
					.setDiagnostics(error.getLocationString() + ": " + error.getMessage())
					.addExpression(error.getLocationString())
					.getLocation().add(new StringType(error.getLocationString()));
		}
		return outcome;
	}

	private UnprocessableEntityException refusal(String type, String message) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.REQUIRED)
				.setDiagnostics(message).addExpression(type + ".meta.profile");
		return new UnprocessableEntityException(fhirContext, outcome);
	}
}
