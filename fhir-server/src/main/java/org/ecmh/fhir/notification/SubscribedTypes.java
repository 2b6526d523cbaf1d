package org.ecmh.fhir.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.SubscriptionCriteria;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.TypeEnum;
import ca.uhn.fhir.jpa.subscription.match.registry.ActiveSubscription;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.submit.interceptor.SubscriptionMatcherInterceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.messaging.BaseResourceMessage.OperationTypeEnum;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * HAPI's submitter of changes to Subscription matching, letting a change on only when a Subscription could match
 * its resource type. HAPI encodes every change into a notice, stores it and later reads the resource back to match
 * it, even when no Subscription names its type; the workflow subscribes to a few types (referral Tasks, screening
 * results), so most of an ingest's notices were work for nothing, on the same cores as the writes. The type is
 * checked before the notice is built.
 *
 * <p>The types come from the stored Subscriptions, read again after a Subscription changes through this instance
 * and at least once per refresh interval (for those created through another instance), and from the
 * Subscriptions HAPI's matcher has loaded; a criteria this cannot read lets every change through.
 */
class SubscribedTypes extends SubscriptionMatcherInterceptor {

	private static final String SUBSCRIPTION = "Subscription";

	private final FhirContext fhirContext;
	private final IFhirResourceDao<Subscription> storedSubscriptions;
	private final SubscriptionRegistry loadedSubscriptions;
	private final long refreshNanos;
	/** Subscription changes committed through this instance: a snapshot read before the latest is stale. */
	private final AtomicLong subscriptionChanges = new AtomicLong();
	private volatile Snapshot stored;

	SubscribedTypes(FhirContext fhirContext, IFhirResourceDao<Subscription> storedSubscriptions,
			SubscriptionRegistry loadedSubscriptions, Duration refresh) {
		this.fhirContext = fhirContext;
		this.storedSubscriptions = storedSubscriptions;
		this.loadedSubscriptions = loadedSubscriptions;
		this.refreshNanos = refresh.toNanos();
	}

	@Override
	protected void processResourceModifiedEvent(IBaseResource resource, OperationTypeEnum operation, RequestDetails request) {
		if (couldMatch(fhirContext.getResourceType(resource))) {
			super.processResourceModifiedEvent(resource, operation, request);
		}
	}

	private boolean couldMatch(String type) {
		if (type.equals(SUBSCRIPTION)) {
			rereadAfterCommit();
			return true;
		}
		return storedCriteria().stream().anyMatch(criteria -> covers(criteria, type))
				|| loadedSubscriptions.getAll().stream().map(ActiveSubscription::getCriteria).anyMatch(criteria -> covers(criteria, type));
	}

	private static boolean covers(SubscriptionCriteria criteria, String type) {
		return criteria == null
				|| criteria.getType() == TypeEnum.STARTYPE_EXPRESSION
				|| criteria.getApplicableResourceTypes().contains(type);
	}

	// Read again once the change is visible to other transactions: a read before that would miss it.
	private void rereadAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			subscriptionChanges.incrementAndGet();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				subscriptionChanges.incrementAndGet();
			}
		});
	}

	/**
	 * A read that overlaps a Subscription's commit may miss it; it is kept under the count of changes taken before
	 * it started, so the next call reads again.
	 */
	private List<SubscriptionCriteria> storedCriteria() {
		Snapshot current = stored;
		long changes = subscriptionChanges.get();
		if (current == null || current.changes() != changes || System.nanoTime() - current.readAtNanos() > refreshNanos) {
			current = new Snapshot(readStored(), changes, System.nanoTime());
			stored = current;
		}
		return current.criteria();
	}

	private List<SubscriptionCriteria> readStored() {
		return storedSubscriptions.search(SearchParameterMap.newSynchronous(), new SystemRequestDetails())
				.getAllResources().stream()
				.map(subscription -> SubscriptionCriteriaParser.parse(((Subscription) subscription).getCriteria()))
				.toList();
	}

	private record Snapshot(List<SubscriptionCriteria> criteria, long changes, long readAtNanos) {}
}
