package org.ecmh.bench.workload;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import java.util.Set;
import org.ecmh.synthetic.PracticeGenerator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * W3: {@code $validate} of the practice's clinical resources (each names its ECMH profile in meta.profile),
 * one client. Answers whose OperationOutcome holds errors are counted as invalid, with the first one kept.
 */
public final class Validation {

	private static final Set<String> VALIDATED = Set.of(
			"QuestionnaireResponse", "Observation", "ServiceRequest", "Task", "Encounter", "CarePlan", "Goal");

	private final IGenericClient client;
	private final PracticeGenerator generator;

	public Validation(IGenericClient client, PracticeGenerator generator) {
		this.client = client;
		this.generator = generator;
	}

	/** Validates {@code count} resources taken from families {@code first} on. */
	public Workload workload(int first, int count) {
		List<Resource> resources = generator.families(first + count).skip(first)
				.flatMap(family -> family.getEntry().stream())
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(resource -> VALIDATED.contains(resource.fhirType()))
				.limit(count)
				.toList();
		return new Workload("W3 $validate", resources.size(), (measured, i) -> {
			MethodOutcome outcome = measured.time(1, () -> client.validate().resource(resources.get(i)).execute());
			if (outcome != null && outcome.getOperationOutcome() instanceof OperationOutcome issues) {
				issues.getIssue().stream()
						.filter(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
								|| issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
						.findFirst()
						.ifPresent(issue -> measured.invalid(resources.get(i).fhirType() + ": " + issue.getDiagnostics()));
			}
		});
	}
}
