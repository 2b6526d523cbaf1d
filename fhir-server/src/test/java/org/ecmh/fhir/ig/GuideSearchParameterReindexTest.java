package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.api.IJobMaintenanceService;
import ca.uhn.fhir.batch2.jobs.reindex.ReindexUtils;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecmh.fhir.SecondServer;
import org.ecmh.fhir.storage.EmbeddedPostgres;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.SearchParameter;
import org.junit.jupiter.api.Test;

/**
 * The guide's search parameters are indexed for what is stored when they are installed: a new database stores
 * nothing before them, so no reindex job runs (each went over the first minutes of data, already indexed on write);
 * a guide whose search parameter changed, installed over stored resources, has those reindexed, so the changed
 * parameter finds resources stored before the change.
 */
class GuideSearchParameterReindexTest {

	private static final String INTERPRETATION = "package/SearchParameter-observation-interpretation.json";
	private static final String ABNORMAL = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation|A";
	private static final Duration REINDEXED_WITHIN = Duration.ofMinutes(2);
	private static final CacheControlDirective NO_CACHE = new CacheControlDirective().setNoCache(true);

	@Test
	void embeddedH2() {
		assertReindexedOnlyWhereStored(Map.of("ecmh.data-dir", "target/test-data/reindex-" + UUID.randomUUID()));
	}

	@Test
	void postgres() {
		assertReindexedOnlyWhereStored(EmbeddedPostgres.newDatabase("ecmh_reindex"));
	}

	private static void assertReindexedOnlyWhereStored(Map<String, String> database) {
		List<String> stored = SecondServer.runServerThenStop(database, server -> {
			assertThat(server.getBean(IJobCoordinator.class).getJobInstancesByJobDefinitionId(ReindexUtils.JOB_REINDEX, 100, 0))
					.as("reindex jobs once the guide is installed on a new database").isEmpty();
			IGenericClient client = SecondServer.clientOf(server);
			String judged = idOf(client, judgedAbnormal());
			String componentJudged = idOf(client, componentJudgedAbnormal());
			assertThat(idsFound(client, "Observation?interpretation=" + ABNORMAL))
					.as("the guide's parameter, in use without a reindex").containsExactly(judged);
			return List.of(judged, componentJudged);
		});
		Map<String, String> rebuiltBuild = new HashMap<>(database);
		rebuiltBuild.put("ecmh.ig.package-location", "file:" + interpretationOfComponentsToo());
		SecondServer.runServerThenStop(rebuiltBuild, server -> {
			IGenericClient client = SecondServer.clientOf(server);
			// HAPI's scheduler moves a job on once a minute; the test moves it on without waiting.
			IJobMaintenanceService jobs = server.getBean(IJobMaintenanceService.class);
			await().atMost(REINDEXED_WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				jobs.forceMaintenancePass();
				assertThat(idsFound(client, "Observation?interpretation=" + ABNORMAL)).containsExactlyInAnyOrderElementsOf(stored);
			});
			return null;
		});
	}

	/** A rebuild of the guide whose interpretation parameter also reads the components' interpretations. */
	private static Path interpretationOfComponentsToo() {
		return RebuiltGuide.ofShipped()
				.change(INTERPRETATION, SearchParameter.class,
						parameter -> parameter.setExpression("Observation.interpretation | Observation.component.interpretation"))
				.writeTo(Path.of("target/test-data/rebuilt-" + UUID.randomUUID() + ".tgz"));
	}

	private static Observation judgedAbnormal() {
		return bloodPressure().addInterpretation(abnormal());
	}

	private static Observation componentJudgedAbnormal() {
		Observation observation = bloodPressure();
		observation.addComponent().setCode(new CodeableConcept().setText("Systolic")).addInterpretation(abnormal());
		return observation;
	}

	private static Observation bloodPressure() {
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().setText("Blood pressure");
		return observation;
	}

	private static CodeableConcept abnormal() {
		String[] systemAndCode = ABNORMAL.split("\\|");
		return new CodeableConcept().addCoding(new Coding(systemAndCode[0], systemAndCode[1], null));
	}

	private static String idOf(IGenericClient client, Observation observation) {
		return client.create().resource(observation).execute().getId().toUnqualifiedVersionless().getValue();
	}

	private static List<String> idsFound(IGenericClient client, String search) {
		Bundle found = client.search().byUrl(search).cacheControl(NO_CACHE).returnBundle(Bundle.class).execute();
		return found.getEntry().stream()
				.map(entry -> entry.getResource().getIdElement().toUnqualifiedVersionless().getValue())
				.toList();
	}
}
