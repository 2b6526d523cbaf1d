package org.ecmh.bench.workload;

import static org.ecmh.bench.workload.LoadedFamilies.pick;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;

/**
 * W4: scoring per response. {@code QuestionnaireResponse/[id]/$extract} on the screening responses W1 stored, one
 * after the other, one client: the server reads the response and its child, scores it with the instrument's
 * rules and returns the result Observations without storing them. An answer without any result is counted as
 * invalid: every screening the practice answers yields at least its total. Only servers that score run it.
 */
public final class Scoring {

	public static final String NAME = "W4 scoring per response ($extract)";

	private final IGenericClient client;
	private final LoadedFamilies loaded;

	public Scoring(IGenericClient client, LoadedFamilies loaded) {
		this.client = client;
		this.loaded = loaded;
	}

	/** {@code count} responses, taken from the stored ones round and round. */
	public Workload workload(int count) {
		List<String> responses = loaded.screeningResponses();
		return new Workload(NAME, count, (measured, i) -> {
			String response = pick(responses, i);
			Bundle results = measured.time(1, () -> client.operation()
					.onInstance(new IdType(response))
					.named("$extract")
					.withNoParameters(Parameters.class)
					.returnResourceType(Bundle.class)
					.execute());
			boolean scored = results != null
					&& results.getEntry().stream().anyMatch(entry -> entry.getResource() instanceof Observation);
			if (results != null && !scored) {
				measured.invalid(response + ": $extract returned no result Observation");
			}
		});
	}
}
