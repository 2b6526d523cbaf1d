package org.ecmh.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole server of our own in the test JVM, on a free port, the way an operator would run one. */
public final class SecondServer {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

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
}
