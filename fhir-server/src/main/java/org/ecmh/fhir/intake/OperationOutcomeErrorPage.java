package org.ecmh.fhir.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Tomcat answers some malformed requests itself (an undecodable URI, a bad header) before any application
 * code runs; this replaces its HTML error page with an OperationOutcome so FHIR clients can read the refusal.
 * Tomcat instantiates it by class name, hence the public no-argument constructor.
 */
public class OperationOutcomeErrorPage extends ErrorReportValve {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Override
	protected void report(Request request, Response response, Throwable error) {
		int status = response.getStatus();
		if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
			return;
		}
		OperationOutcome outcome = new OperationOutcome();
		String reason = response.getMessage() == null || response.getMessage().isBlank()
				? "The request could not be processed" : response.getMessage();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR)
				.setCode(status < 500 ? IssueType.INVALID : IssueType.EXCEPTION)
				.setDiagnostics("HTTP " + status + ": " + reason);
		try {
			response.setContentType(Constants.CT_FHIR_JSON_NEW + ";charset=UTF-8");
			response.getOutputStream().write(FHIR.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8));
			response.finishResponse();
		} catch (IOException | IllegalStateException e) {
			// The client has gone or the response was taken over; nothing more can be said.
		}
	}
}
