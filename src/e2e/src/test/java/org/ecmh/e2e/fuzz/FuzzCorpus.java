package org.ecmh.e2e.fuzz;

import java.util.List;
import org.ecmh.e2e.fhir.FamilyBundle;
import org.ecmh.e2e.fhir.FhirClient;

/**
 * Valid requests of the kinds the ECMH workflow sends: writes of a family's resources one by one and as a
 * transaction, an update, a JSON Patch, reads and searches. {@code child} is an existing Patient id the
 * seeds may refer to.
 */
final class FuzzCorpus {

	private static final String JSON_PATCH = "application/json-patch+json";
	private static final String FHIR_XML = "application/fhir+xml";

	private FuzzCorpus() {}

	static List<Seed> seeds(String child) {
		String patient = """
				{"resourceType":"Patient","identifier":[{"system":"urn:ecmh:e2e:fuzz","value":"seed"}],\
				"name":[{"family":"Okafor","given":["Ada"]}],"gender":"female","birthDate":"2023-05-14"}""";
		String caregiver = """
				{"resourceType":"RelatedPerson","patient":{"reference":"Patient/%s"},\
				"relationship":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-RoleCode","code":"MTH"}]}],\
				"name":[{"family":"Okafor","given":["Ngozi"]}]}""".formatted(child);
		String screening = """
				{"resourceType":"Observation","status":"final",\
				"code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},\
				"subject":{"reference":"Patient/%s"},"effectiveDateTime":"2025-03-01T10:00:00Z",\
				"valueQuantity":{"value":12,"unit":"{score}"}}""".formatted(child);
		String update = """
				{"resourceType":"Patient","id":"%s","name":[{"family":"Okafor","given":["Ada","Chioma"]}],\
				"birthDate":"2023-05-14"}""".formatted(child);
		String patch = """
				[{"op":"replace","path":"/gender","value":"female"}]""";
		String patientXml = """
				<Patient xmlns="http://hl7.org/fhir"><name><family value="Okafor"/><given value="Ada"/></name>\
				<birthDate value="2023-05-14"/></Patient>""";
		String family = FhirClient.json().encodeResourceToString(FamilyBundle.of("fuzz-seed", 9));
		return List.of(
				new Seed("POST", "/Patient", FhirClient.FHIR_JSON, patient),
				new Seed("POST", "/RelatedPerson", FhirClient.FHIR_JSON, caregiver),
				new Seed("POST", "/Observation", FhirClient.FHIR_JSON, screening),
				new Seed("POST", "", FhirClient.FHIR_JSON, family),
				new Seed("POST", "/Patient", FHIR_XML, patientXml),
				new Seed("PUT", "/Patient/" + child, FhirClient.FHIR_JSON, update),
				new Seed("PATCH", "/Patient/" + child, JSON_PATCH, patch),
				new Seed("GET", "/Patient/" + child, null, null),
				new Seed("GET", "/Patient/" + child + "/_history", null, null),
				new Seed("GET", "/Patient?family=Okafor&birthdate=ge2020-01-01&_count=10", null, null),
				new Seed("GET", "/Observation?subject=Patient/" + child
						+ "&code=http://loinc.org%7C44261-6&_sort=-date&_include=Observation:subject", null, null),
				new Seed("GET", "/RelatedPerson?patient=Patient/" + child + "&_revinclude=Observation:performer", null, null));
	}
}
