package org.ecmh.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PracticeGeneratorTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Test
	void theSameSeedGivesTheSamePracticeAndAnotherSeedAnotherOne() {
		assertThat(json(new PracticeGenerator(42), 20)).isEqualTo(json(new PracticeGenerator(42), 20));
		assertThat(json(new PracticeGenerator(43), 20)).isNotEqualTo(json(new PracticeGenerator(42), 20));
	}

	@Test
	void aFamilyIsTheSameWhetherGeneratedAloneOrInAStream() {
		PracticeGenerator generator = new PracticeGenerator(7);
		String alone = encode(generator.family(12));
		String inStream = encode(generator.families(13).toList().get(12));
		assertThat(alone).isEqualTo(inStream);
	}

	@Test
	void bundlesParseStrictlyAndEveryReferencePointsAtAnEarlierEntryOrThePractice() {
		PracticeGenerator generator = new PracticeGenerator(42);
		Bundle practice = generator.practice();
		Set<String> practiceIds = new HashSet<>();
		practice.getEntry().forEach(entry -> practiceIds.add(entry.getRequest().getUrl()));
		assertThat(referencesIn(practice)).allSatisfy(reference -> assertThat(practiceIds).contains(reference));

		IParser strict = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		generator.families(50).forEach(family -> {
			Bundle parsed = strict.parseResource(Bundle.class, encode(family));
			assertThat(encode(parsed)).isEqualTo(encode(family));
			Set<String> earlier = new HashSet<>(practiceIds);
			for (Bundle.BundleEntryComponent entry : family.getEntry()) {
				assertThat(referencesIn(entry.getResource()))
						.as("references of %s", entry.getResource().fhirType())
						.allSatisfy(reference -> assertThat(earlier).contains(reference));
				earlier.add(entry.getFullUrl());
			}
		});
	}

	private static List<String> referencesIn(org.hl7.fhir.instance.model.api.IBaseResource resource) {
		return FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
				.map(Reference::getReference)
				.filter(reference -> reference != null)
				.toList();
	}

	private static List<String> referencesIn(Bundle bundle) {
		return bundle.getEntry().stream().flatMap(entry -> referencesIn(entry.getResource()).stream()).toList();
	}

	private static String json(PracticeGenerator generator, int families) {
		StringBuilder all = new StringBuilder(encode(generator.practice()));
		generator.families(families).forEach(family -> all.append(encode(family)));
		return all.toString();
	}

	private static String encode(Bundle bundle) {
		return FHIR.newJsonParser().encodeResourceToString(bundle);
	}
}
