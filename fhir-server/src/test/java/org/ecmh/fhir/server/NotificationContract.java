package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.match.matcher.matching.SubscriptionMatchingStrategy;
import ca.uhn.fhir.jpa.subscription.match.matcher.matching.SubscriptionStrategyEvaluator;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import io.micrometer.core.instrument.Counter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications as a partner receives them: R4 rest-hook Subscriptions on referral Tasks and positive
 * screening results deliver to a local receiver, a failing receiver is retried and its failures counted.
 */
abstract class NotificationContract extends ServerUnderTest {

	static final String REFERRAL_TASKS = "Task?_profile=" + ECMH + "StructureDefinition/ecmh-referral-task";
	static final String POSITIVE_SCREENS = "Observation?code=" + ECMH + "CodeSystem/ecmh-score|&interpretation=POS";
	static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	// Generous for a loaded build machine; HAPI's channel itself retries with a backoff starting at 1 s.
	static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	SubscriptionRegistry activeSubscriptions;

	@Autowired
	SubscriptionStrategyEvaluator strategies;

	@Autowired
	DataSource database;

	@Autowired
	IInterceptorService interceptors;

	HookReceiver receiver;
	final List<IdType> subscriptions = new ArrayList<>();
	IdType child;
	IdType familyPartner;

	@BeforeEach
	void receiverAndFamily() {
		receiver = new HookReceiver();
		child = create(child("Mensah")).toUnqualifiedVersionless();
		familyPartner = create(new PractitionerRole().setActive(true)).toUnqualifiedVersionless();
	}

	// Other contracts share this server: leave no Subscription pointing at a stopped receiver.
	@AfterEach
	void unsubscribe() {
		subscriptions.forEach(id -> client.delete().resourceById(id).execute());
		await().atMost(DELIVERY).until(() -> subscriptions.stream().allMatch(id -> activeSubscriptions.get(id.getIdPart()) == null));
		receiver.close();
	}

	@Test
	void bothExampleCriteriaAreMatchedInMemory() {
		assertThat(strategies.determineStrategy(REFERRAL_TASKS)).isEqualTo(SubscriptionMatchingStrategy.IN_MEMORY);
		assertThat(strategies.determineStrategy(POSITIVE_SCREENS)).isEqualTo(SubscriptionMatchingStrategy.IN_MEMORY);
	}

	@Test
	void aReferralTaskIsNotifiedWhenCreatedAndWhenItChanges() {
		subscribe(REFERRAL_TASKS);

		Task task = referralTask(child, familyPartner, TaskStatus.REQUESTED, "sent");
		IdType id = create(task).toUnqualifiedVersionless();
		await().atMost(DELIVERY).until(() -> receiver.acceptedFor(id.getValue()).size() == 1);

		task.setId(id);
		task.setStatus(TaskStatus.ACCEPTED);
		task.setBusinessStatus(new CodeableConcept(new Coding(ECMH + "CodeSystem/ecmh-referral-status", "accepted", null)));
		task.setOwner(new Reference(familyPartner.getValue()));
		client.update().resource(task).execute();
		await().atMost(DELIVERY).until(() -> receiver.acceptedFor(id.getValue()).size() == 2);

		HookReceiver.Hook change = receiver.acceptedFor(id.getValue()).get(1);
		assertThat(change.method()).isEqualTo("PUT");
		assertThat(FHIR.newJsonParser().parseResource(Task.class, change.body()).getStatus()).isEqualTo(TaskStatus.ACCEPTED);
	}

	@Test
	void aPositiveScreenIsNotifiedAndANegativeOneIsNot() {
		subscribe(POSITIVE_SCREENS);

		IdType negative = create(screen("NEG")).toUnqualifiedVersionless();
		IdType positive = create(screen("POS")).toUnqualifiedVersionless();

		await().atMost(DELIVERY).until(() -> receiver.acceptedFor(positive.getValue()).size() == 1);
		assertThat(receiver.acceptedFor(negative.getValue())).isEmpty();
	}

	@Test
	void aReceiverThatFailsIsRetriedUntilItTakesTheNotificationAndTheFailuresAreCounted() {
		IdType subscription = subscribe(REFERRAL_TASKS);
		receiver.failNext(2);

		IdType id = create(referralTask(child, familyPartner, TaskStatus.REQUESTED, "sent")).toUnqualifiedVersionless();

		await().atMost(DELIVERY).until(() -> receiver.acceptedFor(id.getValue()).size() == 1);
		assertThat(receiver.hooks()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(deliveries(subscription, "FAILED")).isEqualTo(2);
		await().atMost(DELIVERY).until(() -> deliveries(subscription, "DELIVERED") == 1);
	}

	@Test
	void theSubscriptionsTheServerMatchesAgainstAreCounted() {
		double before = meters.get("ecmh.notification.subscriptions.active").gauge().value();

		subscribe(POSITIVE_SCREENS);

		assertThat(meters.get("ecmh.notification.subscriptions.active").gauge().value()).isEqualTo(before + 1);
	}

	/**
	 * HAPI keeps a pending notice per changed resource version until its delivery pass hands it on; a deletion's
	 * notice is keyed by the version before it. The deletion must succeed even while a pass is taking the
	 * notice of that version (here: a second connection holding it deleted, uncommitted, as the pass does).
	 */
	@Test
	void aDeletionSucceedsWhileTheNoticeOfTheVersionBeforeIsBeingDelivered() throws Exception {
		storeSubscription("Patient?family=Pending");
		try (Connection deliveryPass = database.getConnection()) {
			deliveryPass.setAutoCommit(false);
			IdType family = createWhilePendingNoticeIsTaken(deliveryPass);

			CompletableFuture<?> deletion = CompletableFuture.runAsync(() -> client.delete().resourceById(family).execute());
			await().atMost(DELIVERY).until(() -> waitingForALock() > 0);
			assertThat(deletion).as("the deletion waits for the pass").isNotDone();
			deliveryPass.commit();

			assertThatCode(() -> deletion.get(DELIVERY.toSeconds(), TimeUnit.SECONDS)).doesNotThrowAnyException();
		}
	}

	/** Creates Patients until one's pending notice is still there to be taken (the real pass runs every 5 s). */
	private IdType createWhilePendingNoticeIsTaken(Connection deliveryPass) throws SQLException {
		for (int attempt = 0; attempt < 10; attempt++) {
			IdType created = create(child("Pending")).toUnqualifiedVersionless();
			try (PreparedStatement take = deliveryPass.prepareStatement(
					"DELETE FROM HFJ_RESOURCE_MODIFIED WHERE RES_ID = ? AND RES_VER = '1' AND RESOURCE_TYPE = 'Patient'")) {
				take.setString(1, created.getIdPart());
				if (take.executeUpdate() == 1) {
					return created;
				}
			}
		}
		throw new IllegalStateException("HAPI's delivery pass took every pending notice first");
	}

	private int waitingForALock() throws SQLException {
		try (Connection observer = database.getConnection(); Statement statement = observer.createStatement()) {
			boolean postgres = observer.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			ResultSet waiting = statement.executeQuery(postgres
					? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
					: "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
			waiting.next();
			return waiting.getInt(1);
		}
	}

	@Test
	void aChangeGoesToMatchingOnlyOnceAStoredSubscriptionNamesItsType() {
		MatchingQueue queue = new MatchingQueue();
		interceptors.registerInterceptor(queue);
		try {
			IdType before = create(flag("before")).toUnqualifiedVersionless();
			storeSubscription("Flag?subject=" + child.getValue());
			IdType after = create(flag("after")).toUnqualifiedVersionless();

			assertThat(queue.changed).doesNotContain(before.getValue()).contains(after.getValue());
		} finally {
			interceptors.unregisterInterceptor(queue);
		}
	}

	/** Records the changes that reach HAPI's Subscription matching: HAPI calls this hook with each notice it builds. */
	@Interceptor
	static class MatchingQueue {
		final List<String> changed = new CopyOnWriteArrayList<>();

		@Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
		public boolean record(ResourceModifiedMessage change) {
			changed.add(change.getPayloadId(FHIR).toUnqualifiedVersionless().getValue());
			return true;
		}
	}

	private Flag flag(String code) {
		Flag flag = new Flag();
		flag.setStatus(Flag.FlagStatus.ACTIVE);
		flag.getCode().addCoding().setSystem(ECMH + "flag").setCode(code);
		flag.setSubject(new Reference(child.getValue()));
		return flag;
	}

	private IdType subscribe(String criteria) {
		IdType id = storeSubscription(criteria);
		await().atMost(DELIVERY).until(() -> activeSubscriptions.get(id.getIdPart()) != null);
		return id;
	}

	private IdType storeSubscription(String criteria) {
		Subscription subscription = new Subscription();
		subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
		subscription.setReason("Tell the family partner's worklist at once");
		subscription.setCriteria(criteria);
		subscription.getChannel().setType(Subscription.SubscriptionChannelType.RESTHOOK)
				.setEndpoint(receiver.endpoint()).setPayload("application/fhir+json");
		IdType id = create(subscription).toUnqualifiedVersionless();
		subscriptions.add(id);
		return id;
	}

	private double deliveries(IdType subscription, String outcome) {
		Counter counter = meters.find("ecmh.notification.deliveries")
				.tag("subscription", subscription.getValue()).tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	/** A child's developmental screening total, positive or negative, as a screening tool would store it. */
	private Observation screen(String interpretation) {
		Observation screen = new Observation();
		screen.setStatus(Observation.ObservationStatus.FINAL);
		screen.getCode().addCoding().setSystem(ECMH + "CodeSystem/ecmh-score").setCode("swyc-milestones-total");
		screen.setSubject(new Reference(child.getValue()));
		screen.setValue(new IntegerType(9));
		screen.addInterpretation().addCoding().setSystem(INTERPRETATION).setCode(interpretation);
		return screen;
	}
}
