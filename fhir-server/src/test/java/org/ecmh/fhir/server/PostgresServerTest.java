package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecmh.fhir.storage.EmbeddedPostgres;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
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

	/**
	 * Searches are planned with their own values; the statements of a write keep their cached plans
	 * (ecmh.storage.postgres-custom-search-plans, postgres-plan-cache-mode).
	 */
	@Nested
	class Sessions {

		/** More runs than pgjdbc (5) and PostgreSQL (5) wait before preparing a statement and reusing its plan. */
		static final int RUNS = 12;

		@Autowired
		EntityManagerFactory persistence;

		@Test
		void searchesArePlannedWithTheirValuesWhileOtherStatementsKeepTheirPlans() throws SQLException {
			String search = "SELECT t0.RES_ID FROM HFJ_RESOURCE t0 WHERE (t0.RES_TYPE = ?)";
			String lookUp = "select r.res_id from hfj_resource r where r.res_type = ?";
			try (Connection session = persistence.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
					.requireService(ConnectionProvider.class).getConnection()) {
				for (int run = 0; run < RUNS; run++) {
					runOn(session, search);
					runOn(session, lookUp);
				}
				assertThat(serverPrepared(session)).doesNotContain(search).contains(lookUp);
			}
		}

		private static void runOn(Connection session, String sql) throws SQLException {
			try (PreparedStatement statement = session.prepareStatement(sql)) {
				statement.setString(1, "Patient");
				statement.executeQuery().close();
			}
		}

		/** The statements PostgreSQL holds prepared for this session, to plan once and reuse. */
		private static List<String> serverPrepared(Connection session) throws SQLException {
			List<String> prepared = new ArrayList<>();
			try (Statement statement = session.createStatement();
					ResultSet rows = statement.executeQuery("SELECT statement FROM pg_prepared_statements")) {
				while (rows.next()) {
					prepared.add(rows.getString(1).replaceAll("\\$1", "?"));
				}
			}
			return prepared;
		}
	}
}
