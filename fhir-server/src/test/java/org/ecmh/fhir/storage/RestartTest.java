package org.ecmh.fhir.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.ecmh.fhir.SecondServer;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Data written before the server stops is there, with its history, after it starts again. */
class RestartTest {

	private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

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
		String jdbcUrl;
		try (ConfigurableApplicationContext server = SecondServer.start(database)) {
			jdbcUrl = server.getEnvironment().getProperty("spring.datasource.url");
			IGenericClient client = SecondServer.clientOf(server);
			Patient child = new Patient();
			child.addName().setFamily("Abara");
			id = (IdType) client.create().resource(child).execute().getId().toUnqualifiedVersionless();
			child.setId(id);
			child.setGender(AdministrativeGender.FEMALE);
			client.update().resource(child).execute();
		}
		awaitEmbeddedDatabaseReleased(jdbcUrl);

		try (ConfigurableApplicationContext server = SecondServer.start(database)) {
			IGenericClient client = SecondServer.clientOf(server);
			Patient current = client.read().resource(Patient.class).withId(id).execute();
			Patient first = client.read().resource(Patient.class).withId(id.withVersion("1")).execute();

			assertThat(current.getMeta().getVersionId()).isEqualTo("2");
			assertThat(current.getGender()).isEqualTo(AdministrativeGender.FEMALE);
			assertThat(first.getNameFirstRep().getFamily()).isEqualTo("Abara");
			assertThat(first.hasGender()).isFalse();
		}
	}

	/**
	 * A restart inside one JVM must wait until the stopped server's H2 engine has finished closing the file;
	 * a new process (a real restart, as in the e2e crash test) never shares that engine.
	 */
	private static void awaitEmbeddedDatabaseReleased(String jdbcUrl) {
		if (!jdbcUrl.startsWith("jdbc:h2:")) {
			return;
		}
		long deadline = System.nanoTime() + RELEASE_TIMEOUT.toNanos();
		while (true) {
			try (Connection connection = DriverManager.getConnection(jdbcUrl + ";IFEXISTS=TRUE", "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
				return;
			} catch (SQLException stillClosing) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("H2 did not release " + jdbcUrl, stillClosing);
				}
				try {
					Thread.sleep(RETRY_PAUSE.toMillis());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}
	}
}
