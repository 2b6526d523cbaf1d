package org.ecmh.bench.workload;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** HAPI generic clients for a server under test, and a bounded pool of client threads to drive it. */
public final class Clients {

	public static final FhirContext FHIR = FhirContext.forR4();
	private static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(5);
	private static final int MAX_CONNECTIONS = 64;

	static {
		IRestfulClientFactory factory = FHIR.getRestfulClientFactory();
		factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
		factory.setSocketTimeout((int) SOCKET_TIMEOUT.toMillis());
		factory.setPoolMaxPerRoute(MAX_CONNECTIONS);
		factory.setPoolMaxTotal(MAX_CONNECTIONS);
	}

	private Clients() {}

	public static IGenericClient of(String baseUrl) {
		return FHIR.newRestfulGenericClient(baseUrl);
	}

	/** Runs {@code work} for items 0..count-1 on {@code threads} threads, timing the whole as one run. */
	static void run(Measured measured, int threads, int count, IntConsumer work) {
		measured.start();
		try {
			inParallel(threads, count, work);
		} finally {
			measured.stop();
		}
	}

	/** Runs {@code work} for items 0..count-1 on {@code threads} threads and returns once all are done. */
	static void inParallel(int threads, int count, IntConsumer work) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (int item = 0; item < count; item++) {
				int next = item;
				tasks.add(pool.submit(() -> work.accept(next)));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
			awaitQuietly(pool);
		}
	}

	private static void awaitQuietly(ExecutorService pool) {
		try {
			pool.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
