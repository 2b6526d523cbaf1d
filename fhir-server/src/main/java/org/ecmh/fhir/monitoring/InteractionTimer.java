package org.ecmh.fhir.monitoring;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ecmh.fhir.server.FhirServerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Times every FHIR interaction as {@code fhir.interaction}, tagged by resource type, interaction
 * (read, create, search-type, transaction, ...), operation name and outcome, so dashboards can tell a slow
 * search from a failing write. HAPI calls hooks reflectively, hence public methods.
 */
@Component
@Interceptor
public class InteractionTimer implements FhirServerInterceptor {

	static final String METER = "fhir.interaction";
	private static final String SAMPLE = InteractionTimer.class.getName() + ".sample";
	private static final String OUTCOME = InteractionTimer.class.getName() + ".outcome";
	private static final String UNMATCHED = "unmatched";

	private final MeterRegistry registry;

	InteractionTimer(MeterRegistry registry) {
		this.registry = registry;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean start(RequestDetails request) {
		request.getUserData().put(SAMPLE, Timer.start(registry));
		return true;
	}

	@Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
	public boolean failed(RequestDetails request, BaseServerResponseException exception) {
		request.getUserData().put(OUTCOME, exception.getStatusCode() >= 500 ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR);
		return true;
	}

	@Hook(Pointcut.SERVER_PROCESSING_COMPLETED)
	public void completed(RequestDetails request) {
		Object sample = request.getUserData().get(SAMPLE);
		if (sample instanceof Timer.Sample started) {
			Outcome outcome = (Outcome) request.getUserData().getOrDefault(OUTCOME, Outcome.SUCCESS);
			started.stop(Timer.builder(METER)
					.description("FHIR REST interactions")
					.tag("resource_type", resourceType(request))
					.tag("interaction", interaction(request))
					.tag("operation", operation(request))
					.tag("outcome", outcome.name())
					.register(registry));
		}
	}

	// Tags come from the matched server method, never from raw URL text, so that junk requests
	// cannot create unbounded numbers of time series.
	private static String interaction(RequestDetails request) {
		RestOperationTypeEnum type = request.getRestOperationType();
		return type == null ? UNMATCHED : type.getCode();
	}

	private static String resourceType(RequestDetails request) {
		if (request.getRestOperationType() == null) {
			return UNMATCHED;
		}
		return request.getResourceName() == null ? "system" : request.getResourceName();
	}

	private static String operation(RequestDetails request) {
		RestOperationTypeEnum type = request.getRestOperationType();
		boolean extended = type != null && type.name().startsWith("EXTENDED_OPERATION");
		return extended ? request.getOperation() : "none";
	}

	private enum Outcome {
		SUCCESS,
		CLIENT_ERROR,
		SERVER_ERROR
	}
}
