package org.ecmh.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FhirClient;
import org.ecmh.e2e.server.ServerProcess;
import org.ecmh.e2e.server.SharedServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL database, the way a deployment scales out, serve one consistent
 * store: what one writes the other reads and finds, a conditional create raced on both stores one resource,
 * and a background job started through one runs once for the cluster.
 *
 * <p>Background work in HAPI FHIR 8.8.0 goes through its ISchedulerService: "local" jobs run on every
 * instance by design (search parameter and subscription cache refresh, resource count cache, term
 * deferred storage), and "clustered" jobs are meant to run once (batch2 job maintenance and reduction,
 * stale search and search-URL cleanup, bulk export file purge, cache warming, terminology pre-expansion,
 * async subscription message processing). HAPI's ClusteredHapiScheduler is Quartz with an in-memory job
 * store and instance id NON_CLUSTERED, so each instance fires these too; running once rests on the
 * database: batch2 instances and work chunks are claimed by state transitions in BT2_JOB_INSTANCE and
 * BT2_WORK_CHUNK. The last test checks that outcome on a reindex job.
 *
 * <p>Subscription deliveries go the same way: each change is stored with a row in HFJ_RESOURCE_MODIFIED, every
 * instance submits such rows to its in-process matching every 5 s, and an instance submits a row only if its own
 * DELETE of that row removed it. The notification test checks that each change is delivered exactly once.
 */
class TwoInstancesIT {

	private static final String IDENTIFIER_SYSTEM = "urn:ecmh:e2e:scaleout";
	private static final int RACED_IDENTIFIERS = 5;
	private static final int SEARCHED_PATIENTS = 7;
	private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
	private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	private static final int NOTIFIED_PATIENTS = 6;
	/** Between two notified Patients, so the changes span passes of both instances, not only the next one. */
	private static final Duration NOTIFIED_SPACING = Duration.ofSeconds(1);
	private static final String ACTIVE_SUBSCRIPTIONS = "ecmh_notification_subscriptions_active";
	private static final String DELIVERIES = "ecmh_notification_deliveries_total";
	/**
	 * How long to keep listening once every change has been delivered once: each instance submits stored changes
	 * every 5 s (HAPI's default submission interval), so a change that both submitted would be delivered again
	 * within one pass of the other instance; three passes leave room for a slow delivery.
	 */
	private static final Duration DUPLICATE_WAIT = Duration.ofSeconds(15);

	private static List<ServerProcess> instances;
	private static FhirClient a;
	private static FhirClient b;

	@BeforeAll
	static void connect() {
		instances = SharedServer.postgresCluster().instances();
		a = new FhirClient(instances.get(0).fhirBase());
		b = new FhirClient(instances.get(1).fhirBase());
	}

	@Test
	void aWriteOnOneInstanceIsReadAndUpdatedOnTheOther() {
		String id = a.read(Patient.class, a.post("/Patient", patient("Mbeki", UUID.randomUUID().toString()))).getIdElement().getIdPart();

		Patient onB = b.read(Patient.class, b.get("/Patient/" + id));
		assertThat(onB.getNameFirstRep().getFamily()).isEqualTo("Mbeki");
		onB.setGender(AdministrativeGender.FEMALE);
		Answer update = b.send(b.request("/Patient/" + id).header("Content-Type", FhirClient.FHIR_JSON)
				.header("If-Match", "W/\"1\"")
				.PUT(BodyPublishers.ofString(FhirClient.json().encodeResourceToString(onB))).build());
		assertThat(update.status()).isEqualTo(200);

		Patient onA = a.read(Patient.class, a.get("/Patient/" + id));
		assertThat(onA.getMeta().getVersionId()).isEqualTo("2");
		assertThat(onA.getGender()).isEqualTo(AdministrativeGender.FEMALE);
	}

	@Test
	void aConditionalCreateRacedOnBothInstancesStoresOneResource() {
		for (int i = 0; i < RACED_IDENTIFIERS; i++) {
			String value = UUID.randomUUID().toString();
			CompletableFuture<Answer> onA = CompletableFuture.supplyAsync(() -> conditionalCreate(a, value));
			CompletableFuture<Answer> onB = CompletableFuture.supplyAsync(() -> conditionalCreate(b, value));
			List<Answer> answers = List.of(onA.join(), onB.join());

			assertThat(a.count("Patient", "identifier=" + FhirClient.encode(IDENTIFIER_SYSTEM + "|" + value)))
					.as("Patients with identifier %s", value).isEqualTo(1);
			assertThat(answers).as("answers to the raced creates").allSatisfy(answer -> assertThat(answer.status()).isIn(200, 201, 409, 412));
			assertThat(answers).as("one create succeeded").anySatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
		}
	}

	@Test
	void aSearchOnOneInstanceFindsTheOthersWrites() {
		String family = "Searched" + UUID.randomUUID().toString().replace("-", "");
		for (int i = 0; i < SEARCHED_PATIENTS; i++) {
			assertThat(a.post("/Patient", patient(family, UUID.randomUUID().toString())).status()).isEqualTo(201);
		}
		Bundle found = b.read(Bundle.class, b.get("/Patient?family=" + family + "&_total=accurate"));
		assertThat(found.getTotal()).isEqualTo(SEARCHED_PATIENTS);
	}

	@Test
	void aReindexJobStartedThroughOneInstanceRunsOnceForTheCluster() throws Exception {
		String given = "Given" + UUID.randomUUID().toString().replace("-", "");
		String code = "e2e-given-" + Instant.now().toEpochMilli();
		Patient before = patient("Reindexed", UUID.randomUUID().toString());
		before.getNameFirstRep().addGiven(given);
		a.post("/Patient", before);
		int jobsBefore = reindexJobs().size();

		Answer created = a.post("/SearchParameter", searchParameter(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		String search = "/Patient?" + code + "=" + given;
		Bundle found = awaitSearch(b, search);
		assertThat(found.getEntry()).as("the Patient written before the parameter existed, found on the other instance").hasSize(1);
		List<String> allJobs = reindexJobs();
		List<String> jobs = allJobs.subList(jobsBefore, allJobs.size());
		assertThat(jobs).as("reindex jobs started by the new parameter").containsExactly("COMPLETED");
		assertThat(unfinishedChunks()).as("work chunks not completed exactly once").isZero();
	}

	@Test
	void aSubscriptionCreatedThroughOneInstanceIsNotifiedOnceForEachChangeOnEither() throws Exception {
		String system = "urn:ecmh:e2e:notified:" + UUID.randomUUID();
		try (RecordingEndpoint endpoint = new RecordingEndpoint()) {
			String subscription = subscribeOnEveryInstance(restHook("Patient?identifier=" + system + "|", endpoint.url()));
			try {
				List<String> changes = new ArrayList<>();
				for (int i = 0; i < NOTIFIED_PATIENTS; i++) {
					changes.addAll(i % 2 == 0 ? createAndUpdate(a, b, system) : createAndUpdate(b, a, system));
					Thread.sleep(NOTIFIED_SPACING.toMillis());
				}
				await().atMost(JOB_TIMEOUT).pollInterval(POLL_INTERVAL).until(() -> notifiedChanges(endpoint).containsAll(changes));
				Thread.sleep(DUPLICATE_WAIT.toMillis());

				assertThat(notifiedChanges(endpoint)).as("changes notified").containsExactlyInAnyOrderElementsOf(changes);
				System.out.printf("notifications: %d changes, %.0f delivered by instance a, %.0f by instance b%n", changes.size(),
						delivered(instances.get(0), subscription), delivered(instances.get(1), subscription));
			} finally {
				a.send(a.request("/" + subscription).DELETE().build());
			}
		}
	}

	/**
	 * Creates {@code subscription} through instance a and waits until every instance matches changes against it:
	 * an instance that did not process its creation loads it on its next refresh from the database.
	 */
	private static String subscribeOnEveryInstance(Subscription subscription) {
		List<Double> activeBefore = instances.stream().map(instance -> instance.metric(ACTIVE_SUBSCRIPTIONS)).toList();
		Answer created = a.post("/Subscription", subscription);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		await().atMost(JOB_TIMEOUT).pollInterval(POLL_INTERVAL).until(() -> IntStream.range(0, instances.size())
				.allMatch(i -> instances.get(i).metric(ACTIVE_SUBSCRIPTIONS) == activeBefore.get(i) + 1));
		return "Subscription/" + a.read(Subscription.class, created).getIdElement().getIdPart();
	}

	/** Creates a Patient the Subscription matches through one instance and updates it through the other: two changes. */
	private static List<String> createAndUpdate(FhirClient creator, FhirClient updater, String notifiedSystem) {
		Patient patient = patient("Notified", UUID.randomUUID().toString());
		patient.addIdentifier().setSystem(notifiedSystem).setValue(UUID.randomUUID().toString());
		Patient created = creator.read(Patient.class, creator.post("/Patient", patient));
		created.setGender(AdministrativeGender.FEMALE);
		Patient updated = updater.read(Patient.class, updater.put(created));
		return List.of(change(created), change(updated));
	}

	/** Each notification as the change it tells of: Patient/{id}/_history/{version}. */
	private static List<String> notifiedChanges(RecordingEndpoint endpoint) {
		return endpoint.received().stream().map(body -> change(FhirClient.json().parseResource(Patient.class, body))).toList();
	}

	private static String change(Patient version) {
		return "Patient/" + version.getIdElement().getIdPart() + "/_history/" + version.getMeta().getVersionId();
	}

	private static double delivered(ServerProcess instance, String subscription) {
		return instance.metric(DELIVERIES, "subscription=\"" + subscription + "\"", "outcome=\"DELIVERED\"");
	}

	private static Subscription restHook(String criteria, String endpoint) {
		Subscription subscription = new Subscription();
		subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
		subscription.setReason("Tell a partner agency of every change to its families");
		subscription.setCriteria(criteria);
		subscription.getChannel().setType(Subscription.SubscriptionChannelType.RESTHOOK)
				.setEndpoint(endpoint).setPayload(FhirClient.FHIR_JSON);
		return subscription;
	}

	private static Answer conditionalCreate(FhirClient server, String value) {
		return server.send(server.request("/Patient")
				.header("Content-Type", FhirClient.FHIR_JSON)
				.header("If-None-Exist", "identifier=" + FhirClient.encode(IDENTIFIER_SYSTEM + "|" + value))
				.POST(BodyPublishers.ofString(FhirClient.json().encodeResourceToString(patient("Raced", value))))
				.build());
	}

	private static Bundle awaitSearch(FhirClient server, String search) throws InterruptedException {
		Instant deadline = Instant.now().plus(JOB_TIMEOUT);
		Bundle found = new Bundle();
		while (Instant.now().isBefore(deadline)) {
			Answer answer = server.get(search);
			if (answer.isSuccess()) {
				found = server.read(Bundle.class, answer);
				if (found.hasEntry() && reindexJobs().stream().allMatch("COMPLETED"::equals)) {
					return found;
				}
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return found;
	}

	/** Statuses of the reindex jobs, oldest first, straight from HAPI's batch2 tables. */
	private static List<String> reindexJobs() {
		return query("SELECT STAT FROM BT2_JOB_INSTANCE WHERE DEFINITION_ID = 'REINDEX' ORDER BY CREATE_TIME");
	}

	private static int unfinishedChunks() {
		return query("SELECT c.STAT FROM BT2_WORK_CHUNK c JOIN BT2_JOB_INSTANCE i ON c.INSTANCE_ID = i.ID "
				+ "WHERE i.DEFINITION_ID = 'REINDEX' AND (c.STAT <> 'COMPLETED' OR c.ERROR_COUNT > 0)").size();
	}

	private static List<String> query(String sql) {
		try (Connection connection = SharedServer.postgresCluster().database().connect();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		} catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	private static Patient patient(String family, String identifier) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(identifier);
		patient.addName().setFamily(family).addGiven("Thandi");
		return patient;
	}

	private static SearchParameter searchParameter(String code) {
		SearchParameter parameter = new SearchParameter();
		parameter.setUrl("http://ecmh.example.org/SearchParameter/" + code);
		parameter.setName(code);
		parameter.setCode(code);
		parameter.setStatus(PublicationStatus.ACTIVE);
		parameter.addBase("Patient");
		parameter.setType(SearchParamType.STRING);
		parameter.setExpression("Patient.name.given");
		parameter.setDescription("Given name, to test a reindex across instances");
		return parameter;
	}
}
