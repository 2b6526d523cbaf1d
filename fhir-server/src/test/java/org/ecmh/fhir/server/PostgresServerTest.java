package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ecmh.fhir.storage.EmbeddedPostgres;
import org.hibernate.Session;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
		static final String LOOK_UP = "select r.res_id from hfj_resource r where r.res_type = ?";

		@Autowired
		EntityManagerFactory persistence;

		@Autowired
		PlatformTransactionManager transactions;

		@Autowired
		DaoRegistry daos;

		@Autowired
		DataSource database;

		/** HAPI's own search SQL, run in one session (the test's transaction) as often as a busy server would. */
		@Test
		void searchesArePlannedWithTheirValuesWhileOtherStatementsKeepTheirPlans() {
			List<String> prepared = new TransactionTemplate(transactions).execute(transaction -> {
				Session session = EntityManagerFactoryUtils.getTransactionalEntityManager(persistence).unwrap(Session.class);
				for (int run = 0; run < RUNS; run++) {
					daos.getResourceDao("Patient").search(
							SearchParameterMap.newSynchronous("family", new StringParam("Planned" + run)), new SystemRequestDetails());
					session.doWork(Sessions::lookUpOn);
				}
				return session.doReturningWork(Sessions::serverPrepared);
			});
			assertThat(prepared).contains(LOOK_UP) // the search by family name, as HAPI writes it:
					.noneMatch(statement -> statement.toUpperCase().contains("SP_VALUE_NORMALIZED LIKE"));
		}

		/**
		 * Planning a search with its values compares the statistics of its join keys: HFJ_RES_LINK's keep
		 * PostgreSQL's default target, while the hash columns keep the longer lists HAPI's migration gives them.
		 */
		@Test
		void referenceJoinKeysKeepTheDefaultStatisticsTargetAndHashColumnsKeepHapis() throws SQLException {
			try (Connection session = database.getConnection(); Statement statement = session.createStatement();
					ResultSet rows = statement.executeQuery("SELECT attrelid::regclass || '.' || attname,"
							+ " coalesce(attstattarget, -1) FROM pg_attribute"
							+ " WHERE (attrelid = 'hfj_res_link'::regclass AND attname IN ('src_resource_id', 'target_resource_id'))"
							+ " OR (attrelid = 'hfj_spidx_token'::regclass AND attname = 'hash_value')")) {
				Map<String, Integer> targets = new HashMap<>();
				while (rows.next()) {
					targets.put(rows.getString(1), rows.getInt(2));
				}
				assertThat(targets).containsOnly(Map.entry("hfj_res_link.src_resource_id", -1),
						Map.entry("hfj_res_link.target_resource_id", -1), Map.entry("hfj_spidx_token.hash_value", 10_000));
			}
		}

		private static void lookUpOn(Connection session) throws SQLException {
			try (PreparedStatement statement = session.prepareStatement(LOOK_UP)) {
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
