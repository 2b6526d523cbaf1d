package org.ecmh.fhir.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Answers a request that is refused before it reaches HAPI with a FHIR OperationOutcome, in XML when the
 * client asked for XML and JSON otherwise, so every refusal reads the same to a FHIR client.
 */
class OperationOutcomeResponder {

	private final FhirContext fhirContext;

	OperationOutcomeResponder(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	void reject(HttpServletRequest request, HttpServletResponse response, int status, String diagnostics)
			throws IOException {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.TOOLONG).setDiagnostics(diagnostics);
		boolean xml = wantsXml(request);
		String body = (xml ? fhirContext.newXmlParser() : fhirContext.newJsonParser()).encodeResourceToString(outcome);
		response.setStatus(status);
		response.setContentType((xml ? Constants.CT_FHIR_XML_NEW : Constants.CT_FHIR_JSON_NEW) + ";charset=UTF-8");
		// The unread body is not drained: tell the client this connection is done.
		response.setHeader("Connection", "close");
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean wantsXml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		String format = request.getParameter(Constants.PARAM_FORMAT);
		return (format != null && format.contains("xml")) || (accept != null && accept.contains("xml") && !accept.contains("json"));
	}
}
