package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.ecmh.fhir.SecondServer;
import org.ecmh.fhir.storage.EmbeddedPostgres;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A database keeps the IG of the build that last started on it: a definition missing from it is installed
 * again, a rebuild of the same version with changed content replaces the stored definitions (changed ones
 * updated, dropped ones removed), and starting the earlier build again brings its definitions back.
 */
class GuideUpgradeTest {

	private static final String PHQ2 = "http://fhir.ecmh.org/Questionnaire/ecmh-phq-2";
	private static final String FOOD_RULE = "http://fhir.ecmh.org/PlanDefinition/rule-food-insecurity";
	private static final String SCORING = "http://fhir.ecmh.org/StructureDefinition/ecmh-scoring";
	private static final String SEVERAL_DAYS = "LA6569-3";
	private static final BigDecimal SHIPPED_CUT_OFF = BigDecimal.valueOf(3);
	private static final BigDecimal REBUILT_CUT_OFF = BigDecimal.ONE;
	/** Searches reach the database: cached results may predate the restart. */
	private static final CacheControlDirective NO_CACHE = new CacheControlDirective().setNoCache(true);

	@Test
	void embeddedH2FollowsTheBuildThatStarts() {
		assertStoredGuideFollowsTheBuild(Map.of("ecmh.data-dir", "target/test-data/upgrade-" + UUID.randomUUID()));
	}

	@Test
	void postgresFollowsTheBuildThatStarts() {
		assertStoredGuideFollowsTheBuild(EmbeddedPostgres.newDatabase("ecmh_upgrade"));
	}

	private static void assertStoredGuideFollowsTheBuild(Map<String, String> database) {
		Path rebuilt = RebuiltGuide.ofShipped()
				.change("package/Questionnaire-ecmh-phq-2.json", Questionnaire.class, GuideUpgradeTest::positiveFromOne)
				.drop("package/PlanDefinition-rule-food-insecurity.json")
				.writeTo(Path.of("target/test-data/rebuilt-" + UUID.randomUUID() + ".tgz"));
		Map<String, String> rebuiltBuild = new HashMap<>(database);
		rebuiltBuild.put("ecmh.ig.package-location", "file:" + rebuilt);

		runAndCheck(database, client -> {
			assertShipped(client);
			// as an installation stopped before its last definition leaves the database
			Bundle rule = client.search().byUrl("PlanDefinition?url=" + FOOD_RULE).cacheControl(NO_CACHE)
					.returnBundle(Bundle.class).execute();
			client.delete().resource(rule.getEntryFirstRep().getResource()).execute();
			assertThat(count(client, "PlanDefinition?url=" + FOOD_RULE)).isZero();
		});
		runAndCheck(database, GuideUpgradeTest::assertShipped);
		runAndCheck(rebuiltBuild, client -> {
			assertThat(positiveCutOff(client)).isEqualByComparingTo(REBUILT_CUT_OFF);
			assertThat(phq2Interpretation(client)).as("PHQ-2 of 2 scored by the rebuilt cut-off").isEqualTo("POS");
			assertThat(count(client, "PlanDefinition?url=" + FOOD_RULE)).as("the rule the rebuild dropped").isZero();
		});
		runAndCheck(database, GuideUpgradeTest::assertShipped);
	}

	private static void assertShipped(IGenericClient client) {
		assertThat(positiveCutOff(client)).isEqualByComparingTo(SHIPPED_CUT_OFF);
		assertThat(phq2Interpretation(client)).as("PHQ-2 of 2 scored by the shipped cut-off").isEqualTo("NEG");
		assertThat(count(client, "PlanDefinition?url=" + FOOD_RULE)).isEqualTo(1);
	}

	private static void runAndCheck(Map<String, String> settings, Consumer<IGenericClient> check) {
		SecondServer.runThenStop(settings, client -> {
			check.accept(client);
			return null;
		});
	}

	/** The rebuild calls a PHQ-2 total of 1 or more positive (the shipped guide: 3 or more). */
	private static Questionnaire positiveFromOne(Questionnaire phq2) {
		positiveBand(phq2).getExtensionByUrl("value").setValue(new DecimalType(REBUILT_CUT_OFF));
		return phq2;
	}

	private static BigDecimal positiveCutOff(IGenericClient client) {
		Bundle found = client.search().byUrl("Questionnaire?url=" + PHQ2).cacheControl(NO_CACHE).returnBundle(Bundle.class).execute();
		assertThat(found.getEntry()).as("Questionnaires with url %s", PHQ2).hasSize(1);
		Questionnaire stored = (Questionnaire) found.getEntryFirstRep().getResource();
		return ((DecimalType) positiveBand(stored).getExtensionByUrl("value").getValue()).getValue();
	}

	private static Extension positiveBand(Questionnaire phq2) {
		return phq2.getExtensionByUrl(SCORING).getExtensionsByUrl("band").stream()
				.filter(band -> ((Coding) band.getExtensionByUrl("interpretation").getValue()).getCode().equals("POS"))
				.findFirst().orElseThrow();
	}

	/** The interpretation the server gives a PHQ-2 total of 2 (both items "several days"). */
	private static String phq2Interpretation(IGenericClient client) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(PHQ2);
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setSource(new Reference("RelatedPerson/caregiver"));
		for (String item : new String[] {"phq2-1", "phq2-2"}) {
			response.addItem().setLinkId(item).addAnswer().setValue(new Coding("http://loinc.org", SEVERAL_DAYS, null));
		}
		Bundle results = client.operation().onType(QuestionnaireResponse.class).named("$extract")
				.withParameter(Parameters.class, "questionnaire-response", response)
				.returnResourceType(Bundle.class).execute();
		return results.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance)
				.map(Observation.class::cast)
				.filter(total -> total.getCode().getCoding().stream().anyMatch(c -> c.getCode().equals("phq2-total")))
				.findFirst().orElseThrow()
				.getInterpretationFirstRep().getCodingFirstRep().getCode();
	}

	private static int count(IGenericClient client, String search) {
		return client.search().byUrl(search + "&_summary=count").cacheControl(NO_CACHE).returnBundle(Bundle.class).execute().getTotal();
	}
}
