package org.ecmh.fhir.intake;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Arrays;
import org.ecmh.fhir.server.FhirServerInterceptor;

/**
 * HAPI's parser can fail on malformed bodies with an unchecked exception (e.g. an empty JSON property name)
 * that HAPI then reports as a 500. Such a failure is the client's input, not the server's fault: answer 400.
 */
@Interceptor
public class ClientFaults implements FhirServerInterceptor {

	private static final String PARSER_PACKAGE = "ca.uhn.fhir.parser.";

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	public BaseServerResponseException translate(Throwable exception) {
		boolean serverError = !(exception instanceof BaseServerResponseException) || exception instanceof InternalErrorException;
		Throwable parserFailure = serverError ? parserFailureIn(exception) : null;
		if (parserFailure == null) {
			return null;
		}
		return new InvalidRequestException("The request body could not be parsed as FHIR: " + parserFailure);
	}

	private static Throwable parserFailureIn(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			boolean raisedByParser = Arrays.stream(cause.getStackTrace())
					.filter(frame -> !frame.getClassName().startsWith("java."))
					.findFirst()
					.map(frame -> frame.getClassName().startsWith(PARSER_PACKAGE))
					.orElse(false);
			if (raisedByParser) {
				return cause;
			}
		}
		return null;
	}
}
