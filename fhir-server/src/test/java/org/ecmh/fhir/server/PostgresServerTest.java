package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.ecmh.fhir.storage.EmbeddedPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/** The server on PostgreSQL, the production store: a real PostgreSQL server started by the test. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		// referral drafts are proposed on positive screens, named as requested by the practice
		"ecmh.referral.auto-propose=true",
		"ecmh.referral.proposer=Organization/ecmh-practice"})
@ContextConfiguration(initializers = PostgresServerTest.FreshDatabase.class)
class PostgresServerTest {

	@Nested
	class Api extends FhirApiContract {}

	@Nested
	class RejectedInput extends RejectedInputContract {}

	@Nested
	class Operations extends OperationsContract {}

	@Nested
	class ImplementationGuide extends ImplementationGuideContract {}

	@Nested
	class Screening extends ScreeningContract {}

	@Nested
	class Referral extends ReferralContract {}

	@Nested
	class CdsHooks extends CdsHooksContract {}

	@Nested
	class Notification extends NotificationContract {}

	static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources().addFirst(
					new MapPropertySource("postgres", Map.copyOf(EmbeddedPostgres.newDatabase("ecmh_api"))));
		}
	}

	@Nested
	class FamilyJourney extends FamilyJourneyContract {}

	/** The server's sessions plan each search with its own values (ecmh.storage.postgres-plan-cache-mode). */
	@Nested
	class Sessions {

		@Autowired
		DataSource database;

		@Test
		void planEachSearchWithItsValues() throws SQLException {
			try (Connection session = database.getConnection(); Statement statement = session.createStatement();
					ResultSet mode = statement.executeQuery("SHOW plan_cache_mode")) {
				mode.next();
				assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
			}
		}
	}
}
