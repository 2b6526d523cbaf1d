package org.ecmh.fhir.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecmh.fhir.SecondServer;
import org.junit.jupiter.api.Test;

/** The schema is prepared beside start-up: whatever needs it waits for it, and a failure stops the server. */
class SchemaPreparationTest {

	private static final Duration WHILE_MIGRATING = Duration.ofMillis(300);

	@Test
	void whatNeedsTheSchemaWaitsUntilItIsReady() throws Exception {
		CountDownLatch migrating = new CountDownLatch(1);
		SchemaPreparation schema = SchemaPreparation.startedBeside(() -> awaitQuietly(migrating));
		CompletableFuture<Void> transaction = CompletableFuture.runAsync(schema::await);

		assertThatThrownBy(() -> transaction.get(WHILE_MIGRATING.toMillis(), TimeUnit.MILLISECONDS))
				.as("a transaction begun while the schema is migrated waits")
				.isInstanceOf(TimeoutException.class);
		migrating.countDown();
		transaction.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aFailedPreparationIsReportedToWhatWaitsForIt() {
		SchemaPreparation schema = SchemaPreparation.startedBeside(() -> {
			throw new IllegalArgumentException("no such column");
		});

		assertThatThrownBy(schema::afterSingletonsInstantiated)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("schema could not be prepared")
				.hasRootCauseMessage("no such column");
	}

	@Test
	void aServerWhoseSchemaCannotBeMigratedDoesNotStart() {
		Map<String, String> settings = Map.of(
				"ecmh.data-dir", "target/test-data/unmigratable-" + UUID.randomUUID(),
				"ecmh.storage.migration-table", "NOT A TABLE NAME");

		assertThatThrownBy(() -> SecondServer.start(settings).close())
				.hasStackTraceContaining("The database schema could not be prepared");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
