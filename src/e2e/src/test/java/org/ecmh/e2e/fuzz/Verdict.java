package org.ecmh.e2e.fuzz;

import ca.uhn.fhir.parser.IParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecmh.e2e.fhir.Answer;
import org.ecmh.e2e.fhir.FhirClient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Judges one answer to a mutated request: a success, a 304, or a 4xx whose body is an OperationOutcome with
 * at least one issue. Also says which resources a success created, so stored counts can be reconciled.
 */
final class Verdict {

	private static final int CREATED = 201;
	private static final int NOT_MODIFIED = 304;
	private static final int EXCERPT_LENGTH = 300;

	private Verdict() {}

	/** Why the answer breaks the contract, or empty when it keeps it. */
	static Optional<String> problemWith(Answer answer) {
		int status = answer.status();
		if (answer.isSuccess() || status == NOT_MODIFIED) {
			return Optional.empty();
		}
		if (status < 400 || status >= 500) {
			return Optional.of("status " + status + ": " + abbreviate(answer.body()));
		}
		try {
			IBaseResource body = parserFor(answer).parseResource(answer.body());
			if (body instanceof OperationOutcome outcome && outcome.hasIssue()) {
				return Optional.empty();
			}
			return Optional.of(status + " with a " + body.fhirType() + " instead of an OperationOutcome");
		} catch (RuntimeException unparseable) {
			return Optional.of(status + " without a parseable OperationOutcome (" + answer.header("Content-Type") + "): "
					+ abbreviate(answer.body()));
		}
	}

	/** Resources the request created, by type: from the Location of a 201, or the entries of a transaction response. */
	static Map<String, Integer> createdBy(Answer answer) {
		Map<String, Integer> created = new HashMap<>();
		if (answer.status() == CREATED) {
			String location = answer.header("Location");
			created.merge(typeOf(location.substring(location.indexOf("/fhir/") + "/fhir/".length())), 1, Integer::sum);
		} else if (answer.isSuccess() && answer.body().contains("-response")
				&& parserFor(answer).parseResource(answer.body()) instanceof Bundle response) {
			response.getEntry().stream()
					.filter(entry -> entry.getResponse().hasStatus() && entry.getResponse().getStatus().startsWith(Integer.toString(CREATED)))
					.forEach(entry -> created.merge(typeOf(entry.getResponse().getLocation()), 1, Integer::sum));
		}
		return created;
	}

	private static String typeOf(String relativeLocation) {
		return relativeLocation.substring(0, relativeLocation.indexOf('/'));
	}

	private static IParser parserFor(Answer answer) {
		return answer.header("Content-Type").contains("xml") ? FhirClient.FHIR.newXmlParser() : FhirClient.json();
	}

	private static String abbreviate(String text) {
		return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "..." : text;
	}
}
