package org.ecmh.e2e.server;

import java.nio.file.Path;
import java.util.List;

/** The embedded default: an H2 file database in a data directory that outlives each server process. */
public record H2Database(Path dataDirectory) implements Database {

	@Override
	public List<String> serverArguments() {
		return List.of("--ecmh.data-dir=" + dataDirectory.toAbsolutePath());
	}

	@Override
	public String kind() {
		return "H2";
	}
}
