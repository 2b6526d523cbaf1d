package org.ecmh.fhir.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.data.IResourceModifiedDao;
import ca.uhn.fhir.jpa.dao.tx.HapiTransactionService;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * R4 Subscriptions with rest-hook delivery, matched and delivered inside the server: HAPI's submitter puts
 * every committed change on its in-process matching channel, its processor matches it against the active
 * Subscriptions and posts to their endpoints, retrying a failed delivery on the delivery channel.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	// HAPI's JPA server needs the settings either way; they decide which channel types it accepts.
	@Bean
	SubscriptionSettings subscriptionSettings(NotificationProperties properties) {
		SubscriptionSettings settings = new SubscriptionSettings();
		if (properties.enabled()) {
			settings.addSupportedSubscriptionType(SubscriptionChannelType.RESTHOOK);
		}
		return settings;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "ecmh.notification.enabled", havingValue = "true")
	@Import({SubscriptionSubmitterConfig.class, SubscriptionProcessorConfig.class})
	static class RestHookDelivery {

		// Registered with HAPI's interceptor service: deliveries run on channel threads, outside any REST request.
		@Bean
		DeliveryMetrics deliveryMetrics(MeterRegistry registry, FhirContext fhirContext, IInterceptorService interceptors) {
			DeliveryMetrics metrics = new DeliveryMetrics(registry, fhirContext);
			interceptors.registerInterceptor(metrics);
			return metrics;
		}

		// Each instance matches changes against the Subscriptions it has loaded from the database (a new one reaches
		// the other instances on their next refresh, within about a minute): instances that disagree show it here.
		@Bean
		MeterBinder activeSubscriptions(SubscriptionRegistry subscriptions) {
			return meters -> Gauge.builder("ecmh.notification.subscriptions.active", subscriptions, SubscriptionRegistry::size)
					.description("Subscriptions this instance matches stored changes against")
					.register(meters);
		}

		// Takes the place of HAPI's own submitter (registered by HAPI's loader), which stays defined beside it.
		@Bean
		@Primary
		SubscribedTypes subscribedTypes(FhirContext fhirContext, DaoRegistry daos, SubscriptionRegistry loaded,
				NotificationProperties properties) {
			return new SubscribedTypes(fhirContext, daos.getResourceDao(Subscription.class), loaded,
					properties.subscribedTypesRefresh());
		}

		// Takes the place of HAPI's own store of pending notices, which stays defined beside it.
		@Bean
		@Primary
		PendingNotices pendingNotices(FhirContext fhirContext, IResourceModifiedDao notices, DaoRegistry daos,
				HapiTransactionService transactions) {
			return new PendingNotices(fhirContext, notices, daos, transactions);
		}

		// HAPI's processor wires an email sender regardless; only rest-hook Subscriptions are accepted.
		@Bean
		IEmailSender noEmailSender() {
			return email -> {
				throw new UnsupportedOperationException("email Subscriptions are not supported");
			};
		}
	}
}
