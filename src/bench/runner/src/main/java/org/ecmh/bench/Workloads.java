package org.ecmh.bench;

/** Names of the measured workloads, shared by the runs, the ceiling and the ratios. */
final class Workloads {

	static final String BUNDLES = "W1 transaction bundles";
	static final String SINGLE = "W1 single writes, 1 client";

	private Workloads() {}

	static String singles(int clients) {
		return "W1 single writes, " + clients + " clients";
	}
}
