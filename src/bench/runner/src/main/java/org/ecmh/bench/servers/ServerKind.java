package org.ecmh.bench.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two servers compared: ecmh-fhir as users run it (profile validation as configured in its jar, search
 * cache off so every search does its work) and the plain HAPI baseline with HAPI's defaults.
 */
public enum ServerKind {
	OURS("ecmh-fhir", "/actuator/health/readiness", true) {
		@Override
		List<String> arguments(Database database, String jdbcUrl, Path dataDir, String baselineH2Options) {
			List<String> arguments = new ArrayList<>(List.of(
					"--ecmh.data-dir=" + dataDir,
					"--ecmh.fhir.search-cache-reuse=0"));
			if (database == Database.POSTGRES) {
				arguments.add("--spring.datasource.url=" + jdbcUrl);
			}
			return arguments;
		}
	},
	BASELINE("plain HAPI", null, false) {
		@Override
		List<String> arguments(Database database, String jdbcUrl, Path dataDir, String baselineH2Options) {
			String url = database == Database.POSTGRES ? jdbcUrl : "jdbc:h2:file:" + dataDir.resolve("h2/hapi") + baselineH2Options;
			return List.of(
					"--spring.datasource.url=" + url,
					"--spring.jpa.properties.hibernate.dialect=" + database.hapiDialect);
		}
	};

	static final String FHIR_BASE = "/fhir";
	/** The start-up time runs until this answers 200: the server answers FHIR requests. */
	static final String METADATA = FHIR_BASE + "/metadata";

	public final String label;
	/**
	 * Where the server says it is ready for traffic (200): ours once its IG is installed, after its FHIR endpoint
	 * already answers; null for the baseline, which has nothing to say beyond its FHIR endpoint answering.
	 */
	final String readinessPath;
	/** Whether it scores screening responses ({@code QuestionnaireResponse/$extract}, W4). */
	public final boolean scoresScreenings;

	ServerKind(String label, String readinessPath, boolean scoresScreenings) {
		this.label = label;
		this.readinessPath = readinessPath;
		this.scoresScreenings = scoresScreenings;
	}

	/**
	 * Server arguments beyond the port: where its data lives. {@code baselineH2Options} is appended to the
	 * baseline's H2 URL (e.g. ";WRITE_DELAY=0" to give it our crash durability); ours keeps its own URL.
	 */
	abstract List<String> arguments(Database database, String jdbcUrl, Path dataDir, String baselineH2Options);

	public static ServerKind parse(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}
}
