package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.common.hapi.validation.support.BaseValidationSupportWrapper;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FHIR's core definitions, which HAPI serves from its own jar, are asked of HAPI once; every other definition
 * (a guide's, or one a client stores, even under a core URL) is asked every time, so a changed one is used at once.
 * HAPI's own cache is off here, so each request that reaches HAPI is counted.
 */
class CoreDefinitionsRememberedTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final String PATIENT = "http://hl7.org/fhir/StructureDefinition/Patient";
	private static final String CLIENT_EXTENSION = "http://hl7.org/fhir/StructureDefinition/a-client-extension";
	private static final String GUIDE_PROFILE = "http://fhir.ecmh.org/StructureDefinition/a-profile";

	private final AtomicInteger coreFetches = new AtomicInteger();
	private PrePopulatedValidationSupport stored;
	private CoreDefinitionsRemembered context;

	@BeforeEach
	void chain() {
		IValidationSupport core = new BaseValidationSupportWrapper(FHIR, new DefaultProfileValidationSupport(FHIR)) {
			@Override
			public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
				coreFetches.incrementAndGet();
				return super.fetchResource(type, url);
			}

			@Override
			public IBaseResource fetchStructureDefinition(String url) {
				coreFetches.incrementAndGet();
				return super.fetchStructureDefinition(url);
			}

			@Override
			public IBaseResource fetchValueSet(String url) {
				coreFetches.incrementAndGet();
				return super.fetchValueSet(url);
			}
		};
		stored = new PrePopulatedValidationSupport(FHIR);
		context = new CoreDefinitionsRemembered(new ValidationSupportChain(
				ValidationSupportChain.CacheConfiguration.disabled(), core, stored));
	}

	@Test
	void aCoreDefinitionIsAskedOfHapiOnce() {
		org.hl7.fhir.r5.model.StructureDefinition first = context.fetchResource(
				org.hl7.fhir.r5.model.StructureDefinition.class, PATIENT);
		int fetchesForTheFirst = coreFetches.get();

		for (int i = 0; i < 5; i++) {
			assertThat(context.fetchResource(org.hl7.fhir.r5.model.StructureDefinition.class, PATIENT)).isSameAs(first);
			assertThat(context.fetchTypeDefinition("Patient")).isSameAs(first);
		}
		assertThat(first.getType()).isEqualTo("Patient");
		assertThat(coreFetches.get()).isEqualTo(fetchesForTheFirst);
	}

	@Test
	void aCoreValueSetIsRememberedAsWell() {
		String statuses = "http://hl7.org/fhir/ValueSet/observation-status";
		ValueSet first = context.fetchResource(ValueSet.class, statuses);
		int fetchesForTheFirst = coreFetches.get();

		assertThat(context.fetchResource(ValueSet.class, statuses)).isSameAs(first);
		assertThat(coreFetches.get()).isEqualTo(fetchesForTheFirst);
	}

	@Test
	void aDefinitionOutsideHapisCoreIsAskedForEachTimeSoAChangeIsSeen() {
		for (String url : new String[] {GUIDE_PROFILE, CLIENT_EXTENSION}) {
			stored.addStructureDefinition(definition(url, "First"));
			assertThat(context.fetchResource(org.hl7.fhir.r5.model.StructureDefinition.class, url).getTitle())
					.isEqualTo("First");

			stored.addStructureDefinition(definition(url, "Second"));
			assertThat(context.fetchResource(org.hl7.fhir.r5.model.StructureDefinition.class, url).getTitle())
					.as(url).isEqualTo("Second");
		}
	}

	@Test
	void anUnknownDefinitionIsNotRememberedAsMissing() {
		assertThat(context.fetchTypeDefinition("a-client-extension")).isNull();

		stored.addStructureDefinition(definition(CLIENT_EXTENSION, "Now stored"));
		assertThat(context.fetchTypeDefinition("a-client-extension").getTitle()).isEqualTo("Now stored");
	}

	@Test
	void aDefinitionNotFoundIsAnsweredWithHapisMessage() {
		String system = "http://loinc.org";
		WorkerContextValidationSupportAdapter hapis = new WorkerContextValidationSupportAdapter(
				new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR), stored));

		Throwable ours = catchThrowable(() -> context.fetchResourceWithException(ValueSet.class, system));
		Throwable theirs = catchThrowable(() -> hapis.fetchResourceWithException(ValueSet.class, system));

		assertThat(ours).isInstanceOf(FHIRException.class).hasMessage(theirs.getMessage()).hasMessageContaining(system);
		assertThat(theirs).isInstanceOf(FHIRException.class);
		assertThat(context.fetchResourceWithException(ValueSet.class, "http://hl7.org/fhir/ValueSet/observation-status"))
				.isSameAs(context.fetchResource(ValueSet.class, "http://hl7.org/fhir/ValueSet/observation-status"));
	}

	private static StructureDefinition definition(String url, String title) {
		StructureDefinition definition = new StructureDefinition();
		definition.setUrl(url);
		definition.setTitle(title);
		definition.setStatus(PublicationStatus.ACTIVE);
		definition.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
		definition.setType("Extension");
		definition.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
		definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
		definition.getSnapshot().addElement().setPath("Extension").setMin(0).setMax("*");
		return definition;
	}
}
