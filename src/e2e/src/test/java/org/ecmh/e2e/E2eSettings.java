package org.ecmh.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Sizes of the robustness runs. The fast defaults keep {@code mvn verify} short; {@code -De2e.full=true}
 * switches to the full sizes, and each figure can also be set on its own with its system property.
 */
public final class E2eSettings {

	private static final boolean FULL = Boolean.getBoolean("e2e.full");

	private E2eSettings() {}

	/** Mutated requests the fuzz test sends. */
	public static int fuzzRequests() {
		return Integer.getInteger("e2e.fuzz.requests", FULL ? 10_000 : 1_500);
	}

	/** Seed of every Random in the suite, so a failing run can be repeated exactly. */
	public static long seed() {
		return Long.getLong("e2e.seed", 20_261_123L);
	}

	/** Times the crash test kills each server in the middle of an ingest. */
	public static int killPoints() {
		return Integer.getInteger("e2e.crash.kill-points", FULL ? 5 : 1);
	}

	/** Successful conditional updates each client makes to each shared resource. */
	public static int updatesPerClient() {
		return Integer.getInteger("e2e.concurrency.updates-per-client", FULL ? 25 : 5);
	}

	/** Families the soak stores before any traffic is measured, so the store it measures is not an empty one. */
	public static int soakBaseFamilies() {
		return Integer.getInteger("e2e.soak.base-families", FULL ? 2_000 : 200);
	}

	/**
	 * Databases the soak runs on, one after the other: h2 (the shared H2 server) and postgres (the first instance
	 * of the two on one PostgreSQL database).
	 */
	public static List<String> soakDatabases() {
		return List.of(System.getProperty("e2e.soak.databases", "h2,postgres").split(","));
	}

	/** How long the soak drives unmeasured traffic after the base is stored (JIT, caches, heap sizing). */
	public static Duration soakWarmUp() {
		return Duration.parse(System.getProperty("e2e.soak.warm-up", FULL ? "PT3M" : "PT20S"));
	}

	/** How long the soak drives measured traffic. */
	public static Duration soakDuration() {
		return Duration.parse(System.getProperty("e2e.soak.duration", FULL ? "PT30M" : "PT60S"));
	}

	/** Length of one soak window (latency percentiles and memory are reported per window). */
	public static Duration soakWindow() {
		return Duration.parse(System.getProperty("e2e.soak.window", FULL ? "PT1M" : "PT5S"));
	}

	/** The repackaged server jar built by this reactor, or another build given as -De2e.server.jar=PATH. */
	public static Path serverJar() {
		String jar = System.getProperty("e2e.server.jar", System.getProperty("ecmh.server.jar"));
		if (jar == null || jar.isBlank() || jar.startsWith("${")) {
			throw new IllegalStateException("Run through Maven (mvn verify): ecmh.server.jar is not set");
		}
		return Path.of(jar);
	}

	/** Where servers keep their data directories and logs. */
	public static Path workDir() {
		return Path.of(System.getProperty("e2e.work-dir", "target/e2e"));
	}
}
