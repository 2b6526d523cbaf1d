package org.ecmh.e2e.fhir;

import java.net.http.HttpHeaders;

/** What the server answered: status, headers and body as text. */
public record Answer(int status, HttpHeaders headers, String body) {

	public boolean isSuccess() {
		return status >= 200 && status < 300;
	}

	public String header(String name) {
		return headers.firstValue(name).orElse("");
	}
}
