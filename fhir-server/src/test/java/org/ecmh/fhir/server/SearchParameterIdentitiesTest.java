package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.jpa.cache.ISearchParamIdentityCacheSvc;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.ecmh.fhir.SecondServer;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HAPI's table of search parameter identities is filled as resources are indexed, not all at once at start-up
 * (which cost a busy thread beside start-up and the IG's installation).
 */
class SearchParameterIdentitiesTest {

	private static final Duration RECORDED_WITHIN = Duration.ofSeconds(30);
	private static final String RECORDED = "SELECT COUNT(*) FROM HFJ_SPIDX_IDENTITY WHERE RES_TYPE = ? AND SP_NAME = ?";

	@Test
	void anIdentityIsRecordedOnceAResourceIsIndexedByIt() {
		Map<String, String> settings = Map.of("ecmh.data-dir", "target/test-data/sp-identities-" + UUID.randomUUID());
		try (ConfigurableApplicationContext server = SecondServer.start(settings)) {
			JdbcTemplate database = new JdbcTemplate(server.getBean(DataSource.class));
			IGenericClient client = SecondServer.clientOf(server);
			ISearchParamIdentityCacheSvc identities = server.getBean(ISearchParamIdentityCacheSvc.class);
			await().atMost(RECORDED_WITHIN).until(() -> !identities.hasInFlightTasks());

			assertThat(recorded(database, "Patient", "family")).as("before any Patient is stored").isZero();
			Patient child = new Patient();
			child.addName().setFamily("Okafor");
			client.create().resource(child).execute();

			await().atMost(RECORDED_WITHIN)
					.untilAsserted(() -> assertThat(recorded(database, "Patient", "family")).isEqualTo(1));
		}
	}

	private static int recorded(JdbcTemplate database, String type, String parameter) {
		return database.queryForObject(RECORDED, Integer.class, type, parameter);
	}
}
