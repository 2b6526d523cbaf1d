package org.ecmh.fhir.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
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
	private static final int BUFFER_BYTES = 8192;

	@Override
	protected void report(Request request, Response response, Throwable error) {
		int status = response.getStatus();
		if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
			return;
		}
		if (error == null) {
			readUnreadBody(request); // an error means Tomcat could not parse the request: there is no body to find
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

	/**
	 * After a refusal it makes itself (a 400 for an undecodable URI), Tomcat closes the connection without reading
	 * the rest of the body, and a connection closed with unread data is reset, which can destroy the answer before
	 * the client reads it (1 to 5 in 100 posts of 9 MB to an undecodable URI got no answer at all). The body is read
	 * first, up to the size Tomcat is configured to swallow (the server's body limit); a larger one is left to the
	 * reset.
	 */
	private static void readUnreadBody(Request request) {
		long swallowed = request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
				? http.getMaxSwallowSize() : 0;
		long limit = swallowed < 0 ? Long.MAX_VALUE : swallowed; // below 0: Tomcat's "no limit"
		if (request.getContentLengthLong() > limit) {
			return;
		}
		try {
			InputStream body = request.getInputStream();
			byte[] buffer = new byte[BUFFER_BYTES];
			long read = 0;
			for (int n = body.read(buffer); n >= 0 && read <= limit; n = body.read(buffer)) {
				read += n;
			}
		} catch (IOException | RuntimeException e) {
			// The client has gone, or the body cannot be read: the refusal is written all the same.
		}
	}
}
