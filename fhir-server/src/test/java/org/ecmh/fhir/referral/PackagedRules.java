package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.ClassPathResource;

/** The rules exactly as the built IG package ships them ({@code classpath:ecmh-ig/package.tgz}). */
final class PackagedRules implements RuleLibrary {

	static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final byte[] PACKAGE = read();

	private final PackagedDefinitions definitions = new PackagedDefinitions(PACKAGE, FHIR);

	@Override
	public List<PlanDefinition> rules() {
		try {
			NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(PACKAGE));
			List<PlanDefinition> rules = new ArrayList<>();
			for (String file : npm.listResources("PlanDefinition")) {
				try (InputStream json = npm.loadResource(file)) {
					PlanDefinition plan = FHIR.newJsonParser().parseResource(PlanDefinition.class, json);
					if (plan.getType().getCodingFirstRep().getCode().equals("eca-rule")) {
						rules.add(plan);
					}
				}
			}
			return rules;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	PlanDefinition plan(String id) {
		return definitions.byCanonical("http://fhir.ecmh.org/PlanDefinition/" + id, PlanDefinition.class);
	}

	@Override
	public ActivityDefinition activity(String canonical) {
		return definitions.byCanonical(canonical, ActivityDefinition.class);
	}

	static BusinessStatuses businessStatuses() {
		return BusinessStatuses.of(new PackagedDefinitions(PACKAGE, FHIR).byCanonical(BusinessStatuses.SYSTEM, CodeSystem.class));
	}

	private static byte[] read() {
		try (InputStream in = new ClassPathResource("ecmh-ig/package.tgz").getInputStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
