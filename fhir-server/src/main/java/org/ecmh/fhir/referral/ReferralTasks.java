package org.ecmh.fhir.referral;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Task;

/** Recognising closed-loop referral Tasks among the resources written, and what a write changed. */
final class ReferralTasks {

	static final String PROFILE = "http://fhir.ecmh.org/StructureDefinition/ecmh-referral-task";

	/** One write of a referral Task: the stored version before it and the one being written. */
	record Change(Task before, Task after) {

		/** Progress is a new status or business status; notes, outputs and owners alone are not. */
		boolean progressed() {
			return before.getStatus() != after.getStatus()
					|| !before.getBusinessStatus().equalsDeep(after.getBusinessStatus());
		}
	}

	private ReferralTasks() {}

	static Optional<Task> claimed(IBaseResource resource) {
		return resource instanceof Task task && claims(task) ? Optional.of(task) : Optional.empty();
	}

	/** The change, when either version claims the profile (dropping the claim does not escape the loop). */
	static Optional<Change> change(IBaseResource previous, IBaseResource updated) {
		if (previous instanceof Task before && updated instanceof Task after && (claims(before) || claims(after))) {
			return Optional.of(new Change(before, after));
		}
		return Optional.empty();
	}

	private static boolean claims(Task task) {
		return task.getMeta().getProfile().stream()
				.map(IPrimitiveType::getValueAsString)
				.filter(Objects::nonNull)
				.anyMatch(url -> url.split("\\|")[0].equals(PROFILE));
	}
}
