package org.ecmh.fhir.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.ResourceDeliveryMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every rest-hook delivery attempt as {@code ecmh.notification.deliveries}, tagged by Subscription,
 * notified resource type and outcome, so a receiver that keeps failing shows up on a dashboard rather than
 * only in the log. HAPI calls hooks reflectively, hence public methods.
 */
@Interceptor
public class DeliveryMetrics {

	static final String METER = "ecmh.notification.deliveries";

	private final MeterRegistry registry;
	private final FhirContext fhirContext;

	DeliveryMetrics(MeterRegistry registry, FhirContext fhirContext) {
		this.registry = registry;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SUBSCRIPTION_AFTER_DELIVERY)
	public void delivered(ResourceDeliveryMessage message) {
		count(message, Outcome.DELIVERED);
	}

	// Returning true lets HAPI rethrow the failure, which is what makes its channel retry the delivery.
	@Hook(Pointcut.SUBSCRIPTION_AFTER_DELIVERY_FAILED)
	public boolean failed(ResourceDeliveryMessage message) {
		count(message, Outcome.FAILED);
		return true;
	}

	private void count(ResourceDeliveryMessage message, Outcome outcome) {
		Counter.builder(METER)
				.description("Subscription rest-hook delivery attempts")
				.tag("subscription", message.getSubscription().getIdElement(fhirContext).toUnqualifiedVersionless().getValue())
				.tag("resource_type", message.getPayloadId(fhirContext).getResourceType())
				.tag("outcome", outcome.name())
				.register(registry)
				.increment();
	}

	private enum Outcome {
		DELIVERED,
		FAILED
	}
}
