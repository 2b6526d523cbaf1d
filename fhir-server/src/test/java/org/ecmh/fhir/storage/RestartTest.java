package org.ecmh.fhir.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.Map;
import java.util.UUID;
import org.ecmh.fhir.SecondServer;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Data written before the server stops is there, with its history, after it starts again; and the restarted server
 * keeps its file compact on H2 ({@link H2FileUpkeep}), which PostgreSQL does for itself.
 */
class RestartTest {

	@Test
	void embeddedH2KeepsEveryVersionAcrossARestart() {
		assertSurvivesRestart(Map.of("ecmh.data-dir", "target/test-data/restart-" + UUID.randomUUID()), true);
	}

	@Test
	void postgresKeepsEveryVersionAcrossARestart() {
		assertSurvivesRestart(EmbeddedPostgres.newDatabase("ecmh_restart"), false);
	}

	private static void assertSurvivesRestart(Map<String, String> database, boolean fileUpkeep) {
		IdType id = SecondServer.runThenStop(database, client -> {
			Patient child = new Patient();
			child.addName().setFamily("Abara");
			IdType created = (IdType) client.create().resource(child).execute().getId().toUnqualifiedVersionless();
			child.setId(created);
			child.setGender(AdministrativeGender.FEMALE);
			client.update().resource(child).execute();
			return created;
		});

		try (ConfigurableApplicationContext server = SecondServer.start(database)) {
			IGenericClient client = SecondServer.clientOf(server);
			Patient current = client.read().resource(Patient.class).withId(id).execute();
			Patient first = client.read().resource(Patient.class).withId(id.withVersion("1")).execute();

			assertThat(current.getMeta().getVersionId()).isEqualTo("2");
			assertThat(current.getGender()).isEqualTo(AdministrativeGender.FEMALE);
			assertThat(first.getNameFirstRep().getFamily()).isEqualTo("Abara");
			assertThat(first.hasGender()).isFalse();
			assertThat(server.getBean(H2FileUpkeep.class).isRunning()).as("H2 file upkeep running").isEqualTo(fileUpkeep);
		}
	}
}
