package org.ecmh.fhir.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.ecmh.fhir.ig.ImplementationGuidePackage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** The resources inside the IG package, read the way any package consumer reads them. */
record IgContent(List<Resource> definitions, List<Resource> examples, List<StructureDefinition> profiles) {

	private static IgContent cached;

	static synchronized IgContent of(ImplementationGuidePackage ig) {
		if (cached == null) {
			cached = read(ig);
		}
		return cached;
	}

	private static IgContent read(ImplementationGuidePackage ig) {
		try {
			NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(ig.bytes()));
			List<Resource> definitions = new ArrayList<>();
			for (String file : npm.list("package")) {
				if (file.endsWith(".json") && !file.equals("package.json") && !file.startsWith(".")) {
					definitions.add(parse(npm.load("package", file)));
				}
			}
			List<Resource> examples = new ArrayList<>();
			for (String file : npm.list("example")) {
				if (file.endsWith(".json") && !file.startsWith(".")) {
					examples.add(parse(npm.load("example", file)));
				}
			}
			List<StructureDefinition> profiles = definitions.stream()
					.filter(r -> r instanceof StructureDefinition sd && ig.profileTypes().containsKey(sd.getUrl()))
					.map(StructureDefinition.class::cast)
					.toList();
			List<Resource> withUrl = definitions.stream()
					.filter(r -> r.getNamedProperty("url") != null && r.getNamedProperty("url").hasValues())
					// the guide itself travels in the package, not in the repository (see application.yaml)
					.filter(r -> !r.fhirType().equals("ImplementationGuide"))
					.toList();
			return new IgContent(withUrl, examples, profiles);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The examples reference one another, so they go in one transaction of PUTs (repeatable). */
	void storeExamples(IGenericClient client) {
		Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
		for (Resource example : examples) {
			transaction.addEntry().setResource(example.copy())
					.getRequest().setMethod(HTTPVerb.PUT).setUrl(example.fhirType() + "/" + example.getIdPart());
		}
		client.transaction().withBundle(transaction).execute();
	}

	/** An example as JSON, for a test to re-point at a family of its own. */
	String exampleJson(String type, String id) {
		return examples.stream()
				.filter(e -> e.fhirType().equals(type) && e.getIdPart().equals(id))
				.map(e -> ServerUnderTest.FHIR.newJsonParser().encodeResourceToString(e))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No example " + type + "/" + id));
	}

	private static Resource parse(InputStream json) throws IOException {
		try (json) {
			return (Resource) ServerUnderTest.FHIR.newJsonParser().parseResource(json);
		}
	}
}
