package org.ecmh.fhir.storage;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Gets the database schema ready on a thread of its own while the rest of the server starts: HAPI's migration
 * takes seconds, and nothing needs the schema until HAPI's first transaction, well after Hibernate has booted
 * (which only reads the driver's metadata). Every transaction waits for it ({@link TransactionsOnPreparedSchema}),
 * and so does the end of start-up, so the server neither answers before the schema is ready nor starts if
 * preparing it failed.
 */
final class SchemaPreparation implements SmartInitializingSingleton {

	private static final String THREAD_NAME = "schema-preparation";

	private final CompletableFuture<Void> done;

	private SchemaPreparation(CompletableFuture<Void> done) {
		this.done = done;
	}

	static SchemaPreparation startedBeside(Runnable steps) {
		return new SchemaPreparation(CompletableFuture.runAsync(steps, SchemaPreparation::onItsOwnThread));
	}

	/** Returns once the schema is ready; throws if preparing it failed. */
	void await() {
		try {
			done.join();
		} catch (CompletionException | CancellationException e) {
			throw new IllegalStateException("The database schema could not be prepared", e.getCause());
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		await();
	}

	private static void onItsOwnThread(Runnable task) {
		Thread thread = new Thread(task, THREAD_NAME);
		thread.setDaemon(true); // a start-up that fails elsewhere does not wait for it
		thread.start();
	}
}
