package org.ecmh.fhir.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.util.Map;
import java.util.UUID;
import org.ecmh.fhir.EcmhFhirServerApplication;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Data written before the server stops is there, with its history, after it starts again. */
class RestartTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Test
	void embeddedH2KeepsEveryVersionAcrossARestart() {
		assertSurvivesRestart(Map.of("ecmh.data-dir", "target/test-data/restart-" + UUID.randomUUID()));
	}

	@Test
	void postgresKeepsEveryVersionAcrossARestart() {
		assertSurvivesRestart(EmbeddedPostgres.newDatabase("ecmh_restart"));
	}

	private static void assertSurvivesRestart(Map<String, String> database) {
		IdType id;
		try (ConfigurableApplicationContext server = start(database)) {
			IGenericClient client = clientOf(server);
			Patient child = new Patient();
			child.addName().setFamily("Abara");
			id = (IdType) client.create().resource(child).execute().getId().toUnqualifiedVersionless();
			child.setId(id);
			child.setGender(AdministrativeGender.FEMALE);
			client.update().resource(child).execute();
		}

		try (ConfigurableApplicationContext server = start(database)) {
			IGenericClient client = clientOf(server);
			Patient current = client.read().resource(Patient.class).withId(id).execute();
			Patient first = client.read().resource(Patient.class).withId(id.withVersion("1")).execute();

			assertThat(current.getMeta().getVersionId()).isEqualTo("2");
			assertThat(current.getGender()).isEqualTo(AdministrativeGender.FEMALE);
			assertThat(first.getNameFirstRep().getFamily()).isEqualTo("Abara");
			assertThat(first.hasGender()).isFalse();
		}
	}

	private static ConfigurableApplicationContext start(Map<String, String> database) {
		// As command-line arguments, so they win over application.yaml the way an operator's would.
		String[] arguments = database.entrySet().stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new);
		return new SpringApplicationBuilder(EcmhFhirServerApplication.class)
				.properties("server.port=0")
				.run(arguments);
	}

	private static IGenericClient clientOf(ConfigurableApplicationContext server) {
		int port = ((WebServerApplicationContext) server).getWebServer().getPort();
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		return FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}
}
