package org.ecmh.bench.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ecmh.synthetic.AssignedIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;

/** Server ids of the children written so far, and of those with a care plan, for the searches to look up. */
public final class LoadedFamilies {

	private final List<String> children = Collections.synchronizedList(new ArrayList<>());
	private final List<String> childrenWithCarePlans = Collections.synchronizedList(new ArrayList<>());

	void add(Bundle family, AssignedIds ids) {
		for (Bundle.BundleEntryComponent entry : family.getEntry()) {
			if (entry.getResource() instanceof Patient patient && patient.hasManagingOrganization()) {
				children.add(ids.idOf(entry.getFullUrl()));
			}
			if (entry.getResource() instanceof CarePlan plan) {
				childrenWithCarePlans.add(ids.idOf(plan.getSubject().getReference()));
			}
		}
	}

	List<String> children() {
		return List.copyOf(children);
	}

	List<String> childrenWithCarePlans() {
		return childrenWithCarePlans.isEmpty() ? children() : List.copyOf(childrenWithCarePlans);
	}
}
