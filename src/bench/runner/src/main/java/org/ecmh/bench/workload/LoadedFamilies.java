package org.ecmh.bench.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ecmh.synthetic.AssignedIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * Server ids of the children written so far, of those with a care plan, and of their screening responses, for the
 * searches and the scoring to look up.
 */
public final class LoadedFamilies {

	private final List<String> children = Collections.synchronizedList(new ArrayList<>());
	private final List<String> childrenWithCarePlans = Collections.synchronizedList(new ArrayList<>());
	private final List<String> screeningResponses = Collections.synchronizedList(new ArrayList<>());

	void add(Bundle family, AssignedIds ids) {
		for (Bundle.BundleEntryComponent entry : family.getEntry()) {
			if (entry.getResource() instanceof Patient patient && patient.hasManagingOrganization()) {
				children.add(ids.idOf(entry.getFullUrl()));
			}
			if (entry.getResource() instanceof CarePlan plan) {
				childrenWithCarePlans.add(ids.idOf(plan.getSubject().getReference()));
			}
			if (entry.getResource() instanceof QuestionnaireResponse) {
				screeningResponses.add(ids.idOf(entry.getFullUrl()));
			}
		}
	}

	List<String> children() {
		return List.copyOf(children);
	}

	List<String> childrenWithCarePlans() {
		return childrenWithCarePlans.isEmpty() ? children() : List.copyOf(childrenWithCarePlans);
	}

	List<String> screeningResponses() {
		return List.copyOf(screeningResponses);
	}

	/** The i-th id, round and round; a clear failure when W1 wrote nothing to look up. */
	static String pick(List<String> ids, int i) {
		if (ids.isEmpty()) {
			throw new IllegalStateException("No family was written, so there is nothing to look up; see the W1 errors");
		}
		return ids.get(Math.floorMod(i, ids.size()));
	}
}
