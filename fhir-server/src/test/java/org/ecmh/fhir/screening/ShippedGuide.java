package org.ecmh.fhir.screening;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** The IG package the server ships (classpath:ecmh-ig/package.tgz): its Questionnaires and examples. */
final class ShippedGuide {

	static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final Map<String, Questionnaire> QUESTIONNAIRES = new HashMap<>();
	private static final Map<String, Resource> EXAMPLES = new HashMap<>();

	static {
		try (InputStream in = ShippedGuide.class.getResourceAsStream("/ecmh-ig/package.tgz")) {
			NpmPackage npm = NpmPackage.fromPackage(in);
			for (String file : npm.listResources("Questionnaire")) {
				Questionnaire questionnaire = (Questionnaire) parse(npm.loadResource(file));
				QUESTIONNAIRES.put(questionnaire.getIdPart(), questionnaire);
			}
			for (String file : npm.list("example")) {
				if (file.endsWith(".json") && !file.startsWith(".")) {
					Resource example = parse(npm.load("example", file));
					EXAMPLES.put(example.getIdPart(), example);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ShippedGuide() {}

	/** A shipped Questionnaire by id, e.g. {@code ecmh-epds}; a fresh copy each time. */
	static Questionnaire questionnaire(String id) {
		return QUESTIONNAIRES.get(id).copy();
	}

	@SuppressWarnings("unchecked")
	static <T extends Resource> T example(String id) {
		return (T) EXAMPLES.get(id).copy();
	}

	private static Resource parse(InputStream json) throws IOException {
		try (json) {
			return (Resource) FHIR.newJsonParser().parseResource(json);
		}
	}
}
