package org.ecmh.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

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
 * <p>Subscription deliveries do not exist yet. When they do, add here: a rest-hook Subscription created on
 * one instance, a matching resource written on the other, and exactly one delivery at a recording endpoint.
 */
class TwoInstancesIT {

	private static final String IDENTIFIER_SYSTEM = "urn:ecmh:e2e:scaleout";
	private static final int RACED_IDENTIFIERS = 5;
	private static final int SEARCHED_PATIENTS = 7;
	private static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
	private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	private static FhirClient a;
	private static FhirClient b;

	@BeforeAll
	static void connect() {
		List<ServerProcess> instances = SharedServer.postgresCluster().instances();
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
