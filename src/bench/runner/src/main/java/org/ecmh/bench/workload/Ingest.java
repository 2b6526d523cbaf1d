package org.ecmh.bench.workload;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.util.FhirTerser;
import java.util.HashMap;
import java.util.Map;
import org.ecmh.bench.report.WorkloadFigures;
import org.ecmh.synthetic.AssignedIds;
import org.ecmh.synthetic.PracticeGenerator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * W1: writing the synthetic practice through the FHIR API, either one transaction bundle per family (as an
 * EHR sync or import does) or resource by resource in bundle order (as a form-by-form client does), with
 * the urn:uuid references replaced by the ids the server assigned.
 */
public final class Ingest {

	private final IGenericClient client;
	private final PracticeGenerator generator;
	private final LoadedFamilies loaded;

	public Ingest(IGenericClient client, PracticeGenerator generator, LoadedFamilies loaded) {
		this.client = client;
		this.generator = generator;
		this.loaded = loaded;
	}

	public void practice() {
		client.transaction().withBundle(generator.practice()).execute();
	}

	/** Families {@code first .. first+count-1}, one transaction each, on {@code clients} threads. */
	public WorkloadFigures bundles(String workload, int first, int count, int clients) {
		Measured measured = new Measured(workload);
		Clients.run(measured, clients, count, item -> bundle(first + item, measured));
		return measured.figures();
	}

	/** Families {@code first .. first+count-1}, resource by resource, a family per thread at a time. */
	public WorkloadFigures singles(String workload, int first, int count, int clients) {
		Measured measured = new Measured(workload);
		Clients.run(measured, clients, count, item -> replay(generator.family(first + item), measured));
		return measured.figures();
	}

	/** The bundles as turns ({@link InTurns}): turn {@code i} writes family {@code first + i} as one transaction. */
	public Workload bundlesInTurns(String workload, int first, int count) {
		return new Workload(workload, count, (measured, turn) -> bundle(first + turn, measured));
	}

	/**
	 * The single writes as turns: turn {@code i} writes the next {@code clients} families from {@code first} on,
	 * resource by resource, one family per client thread, all at once.
	 */
	public Workload singlesInTurns(String workload, int first, int turns, int clients) {
		return new Workload(workload, turns, (measured, turn) -> Clients.inParallel(clients, clients,
				item -> replay(generator.family(first + turn * clients + item), measured)));
	}

	private void bundle(int index, Measured measured) {
		Bundle family = generator.family(index);
		Bundle response = measured.time(family.getEntry().size(), () -> client.transaction().withBundle(family).execute());
		if (response != null) {
			loaded.add(family, AssignedIds.of(family, response));
		}
	}

	private void replay(Bundle family, Measured measured) {
		FhirTerser terser = Clients.FHIR.newTerser();
		Map<String, String> assigned = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : family.getEntry()) {
			Resource resource = entry.getResource();
			terser.getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
					.filter(reference -> assigned.containsKey(reference.getReference()))
					.forEach(reference -> reference.setReference(assigned.get(reference.getReference())));
			var outcome = measured.time(1, () -> client.create().resource(resource).execute());
			if (outcome == null) {
				return; // later resources point at this one: the rest of the family cannot be written
			}
			assigned.put(entry.getFullUrl(), outcome.getId().toUnqualifiedVersionless().getValue());
		}
	}
}
