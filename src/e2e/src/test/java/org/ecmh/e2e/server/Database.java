package org.ecmh.e2e.server;

import java.util.List;

/** Where a server process keeps its data, as the command-line arguments that point it there. */
public interface Database {

	List<String> serverArguments();

	/** A short name for logs and test names. */
	String kind();
}
