package org.ecmh.synthetic;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A family's transaction bundle under construction. Entries are added after everything they point at, so
 * the bundle can also be replayed as single writes in order; internal references are urn:uuid full URLs.
 */
final class FamilyBundle {

	private final Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
	private final Dice dice;

	FamilyBundle(Dice dice) {
		this.dice = dice;
	}

	/** Adds the resource as a create and returns a reference to it. */
	Reference add(Resource resource) {
		String fullUrl = "urn:uuid:" + new UUID(dice.nextLong(), dice.nextLong());
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource)
				.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.fhirType());
		return new Reference(fullUrl);
	}

	Bundle bundle() {
		return bundle;
	}
}
