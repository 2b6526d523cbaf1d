package org.ecmh.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole server of our own in the test JVM, on a free port, the way an operator would run one. */
public final class SecondServer {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

	private SecondServer() {}

	/** Settings go in as command-line arguments, so they win over application.yaml as an operator's would. */
	public static ConfigurableApplicationContext start(Map<String, String> settings) {
		// The free port goes in as an argument too: as a default property it would lose to application.yaml's 8080.
		String[] arguments = Stream.concat(Stream.of("--server.port=0"), settings.entrySet().stream()
						.map(setting -> "--" + setting.getKey() + "=" + setting.getValue()))
				.toArray(String[]::new);
		return new SpringApplicationBuilder(EcmhFhirServerApplication.class).run(arguments);
	}

	public static IGenericClient clientOf(ConfigurableApplicationContext server) {
		int port = ((WebServerApplicationContext) server).getWebServer().getPort();
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		return FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	/**
	 * Starts a server, lets {@code work} use it, stops it, and returns what {@code work} returned once the database
	 * is released, so the next server can start on the same data.
	 */
	public static <T> T runThenStop(Map<String, String> settings, Function<IGenericClient, T> work) {
		return runServerThenStop(settings, server -> work.apply(clientOf(server)));
	}

	/** The same, for work that also looks inside the server (its beans). */
	public static <T> T runServerThenStop(Map<String, String> settings, Function<ConfigurableApplicationContext, T> work) {
		T result;
		String jdbcUrl;
		try (ConfigurableApplicationContext server = start(settings)) {
			jdbcUrl = server.getEnvironment().getProperty("spring.datasource.url");
			result = work.apply(server);
		}
		awaitDatabaseReleased(jdbcUrl);
		return result;
	}

	/**
	 * A restart inside one JVM must wait until the stopped server's H2 engine has finished closing the file;
	 * a new process (a real restart, as in the e2e crash test) never shares that engine.
	 */
	private static void awaitDatabaseReleased(String jdbcUrl) {
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
