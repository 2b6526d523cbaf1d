package org.ecmh.e2e.fuzz;

/** A valid request the fuzzer starts from: the server accepts it as it is. */
record Seed(String method, String path, String contentType, String body) {

	boolean hasBody() {
		return body != null;
	}
}
