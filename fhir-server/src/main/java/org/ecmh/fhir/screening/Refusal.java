package org.ecmh.fhir.screening;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A response the server cannot score as sent: 422 with one issue per offending element. */
final class Refusal {

	/** @param expression FHIRPath to the offending element of the response */
	record Issue(String expression, String message) {

		/** An issue with a response item, named by its linkId. */
		static Issue atItem(String linkId, String message) {
			return new Issue("QuestionnaireResponse.repeat(item).where(linkId = '" + linkId + "')", message);
		}
	}

	private Refusal() {}

	static UnprocessableEntityException atItem(String linkId, String message) {
		return of(List.of(Issue.atItem(linkId, message)));
	}

	static UnprocessableEntityException of(List<Issue> issues) {
		OperationOutcome outcome = new OperationOutcome();
		for (Issue issue : issues) {
			outcome.addIssue()
					.setSeverity(IssueSeverity.ERROR)
					.setCode(IssueType.BUSINESSRULE)
					.setDiagnostics(issue.message())
					.addExpression(issue.expression());
		}
		return new UnprocessableEntityException(issues.get(0).message(), outcome);
	}
}
