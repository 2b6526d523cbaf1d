package org.ecmh.e2e.fhir;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * One family as a transaction bundle: a child, a caregiver and the caregiver's depression screening score,
 * linked by urn:uuid references. Every entry carries the family's key as an identifier, so a reader can tell
 * afterwards which of a bundle's entries were stored.
 */
public final class FamilyBundle {

	public static final String KEY_SYSTEM = "urn:ecmh:e2e:family";
	/** The resource types a family bundle writes, one of each. */
	public static final List<String> TYPES = List.of("Patient", "RelatedPerson", "Observation");
	private static final String LOINC = "http://loinc.org";
	private static final String PHQ9_TOTAL = "44261-6";

	private FamilyBundle() {}

	public static Bundle of(String key, int score) {
		return of(KEY_SYSTEM, key, score);
	}

	/** A family whose key is an identifier in {@code keySystem}: a run of its own can find its families alone. */
	public static Bundle of(String keySystem, String key, int score) {
		Patient child = new Patient();
		child.addIdentifier().setSystem(keySystem).setValue(key);
		child.addName().setFamily("Family " + key).addGiven("Ana");
		child.setBirthDateElement(new DateType("2023-05-14"));

		RelatedPerson caregiver = new RelatedPerson();
		caregiver.addIdentifier().setSystem(keySystem).setValue(key);
		caregiver.addName().setFamily("Family " + key).addGiven("Rosa");

		Observation screening = new Observation();
		screening.addIdentifier().setSystem(keySystem).setValue(key);
		screening.setStatus(Observation.ObservationStatus.FINAL);
		screening.getCode().addCoding().setSystem(LOINC).setCode(PHQ9_TOTAL);
		screening.setValue(new Quantity(score).setUnit("{score}"));

		Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
		String childUrl = add(bundle, child);
		String caregiverUrl = add(bundle, caregiver);
		caregiver.setPatient(new Reference(childUrl));
		screening.setSubject(new Reference(childUrl));
		screening.addPerformer(new Reference(caregiverUrl));
		add(bundle, screening);
		return bundle;
	}

	private static String add(Bundle bundle, Resource resource) {
		String fullUrl = "urn:uuid:" + UUID.randomUUID();
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource)
				.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.fhirType());
		return fullUrl;
	}
}
