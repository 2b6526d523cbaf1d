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
	OURS("ecmh-fhir") {
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
	BASELINE("plain HAPI") {
		@Override
		List<String> arguments(Database database, String jdbcUrl, Path dataDir, String baselineH2Options) {
			String url = database == Database.POSTGRES ? jdbcUrl : "jdbc:h2:file:" + dataDir.resolve("h2/hapi") + baselineH2Options;
			return List.of(
					"--spring.datasource.url=" + url,
					"--spring.jpa.properties.hibernate.dialect=" + database.hapiDialect);
		}
	};

	public final String label;

	ServerKind(String label) {
		this.label = label;
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
