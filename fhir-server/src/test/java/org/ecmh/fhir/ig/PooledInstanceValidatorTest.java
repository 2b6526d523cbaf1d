package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IValidatorModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecmh.fhir.ig.IgProperties.ValidatorPool;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pooled validator reports exactly what a fresh HAPI {@link FhirInstanceValidator} reports, for the guide's
 * examples and for broken variants of them, however often its validators are reused and from however many
 * threads at once.
 */
class PooledInstanceValidatorTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static IValidationSupport support;
	/** What each input is, by name: a parsed resource or its JSON or XML text (as $validate receives it). */
	private static Map<String, Object> inputs;
	private static Map<String, List<String>> hapiReports;

	@BeforeAll
	static void validateEveryInputWithHapi() throws IOException {
		support = offlineSupportWithTheGuide();
		inputs = inputs();
		hapiReports = reportsOf(new FhirInstanceValidator(support));
		// The inputs are what they claim to be: broken ones fail where they were broken, the example passes.
		assertThat(hapiReports.get("broken: answer outside the questionnaire's choices"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("not-an-answer"));
		assertThat(hapiReports.get("broken: unknown interpretation code"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("no-such-code"));
		assertThat(hapiReports.get("broken: referral without subject")).anyMatch(m -> m.contains("ServiceRequest.subject"));
		assertThat(hapiReports.get("broken: unknown profile")).anyMatch(m -> m.contains("no-such-profile"));
		assertThat(hapiReports.get("broken: JSON text with an unknown property and a malformed date"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("favouriteColour"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("2024-13-45"));
		assertThat(hapiReports.get("example QuestionnaireResponse/qr-epds-ngozi")).noneMatch(m -> m.startsWith("ERROR"));
		// Each side of what InvariantShortcuts answers without the FHIRPath engine.
		assertThat(hapiReports.get("broken: a date with only an id"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("ele-1"));
		assertThat(hapiReports.get("broken: a reference to a contained resource that is not there"))
				.anyMatch(m -> m.startsWith("ERROR") && m.contains("ref-1"));
		assertThat(hapiReports.get("a reference to a contained resource")).noneMatch(m -> m.contains("ref-1"));
		assertThat(hapiReports.get("plain Patient, no profile")).anyMatch(m -> m.contains("dom-6"));
		assertThat(hapiReports.get("plain Patient with narrative")).noneMatch(m -> m.contains("dom-6"));
		// Checked against two profiles, the resource meets dom-6 twice: evaluated once, reported once.
		assertThat(hapiReports.get("two profiles, no narrative")).filteredOn(m -> m.contains("dom-6")).hasSize(1);
	}

	@Test
	void oneReusedValidatorReportsWhatAFreshHapiValidatorReports() {
		PooledInstanceValidator pooled = new PooledInstanceValidator(support, new ValidatorPool(1_000, 1));

		for (int round = 0; round < 3; round++) {
			assertThat(reportsOf(pooled)).containsExactlyEntriesOf(hapiReports);
		}
	}

	/**
	 * Kept, the validator's list of codings seen held each checked resource whole (about 50 kB each, 50 MB here),
	 * which is what retired validators after a hundred uses. The margin leaves room for other threads of the JVM.
	 */
	@Test
	void aReusedValidatorKeepsNextToNothingOfWhatItChecked() throws InterruptedException {
		FhirValidator validator = validatorWith(new PooledInstanceValidator(support, new ValidatorPool(1_000_000, 1)));
		List<String> texts = inputs.values().stream()
				.map(input -> input instanceof String text ? text : FHIR.newJsonParser().encodeResourceToString((IBaseResource) input))
				.filter(text -> text.startsWith("{"))
				.toList();
		texts.forEach(validator::validateWithResult); // builds the validator and fills the library's caches
		long before = heapInUseAfterGc();
		for (int i = 0; i < 1_000; i++) {
			validator.validateWithResult(texts.get(i % texts.size()));
		}
		assertThat(heapInUseAfterGc() - before).isLessThan(15L << 20);
	}

	private static long heapInUseAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	@Test
	void validatorsUsedFromSeveralThreadsAtOnceReportWhatHapiReports() throws Exception {
		// Few uses per validator and fewer idle ones than threads: validators are also retired, dropped and built
		// anew while the threads run.
		FhirValidator validator = validatorWith(new PooledInstanceValidator(support, new ValidatorPool(7, 2)));
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Map<String, List<String>>>>> runs = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				Random random = new Random(thread);
				runs.add(threads.submit(() -> roundsInShuffledOrder(validator, random, 3)));
			}
			for (Future<List<Map<String, List<String>>>> run : runs) {
				for (Map<String, List<String>> round : run.get()) {
					assertThat(round).containsExactlyInAnyOrderEntriesOf(hapiReports);
				}
			}
		} finally {
			threads.shutdownNow();
		}
	}

	@Test
	void configuredAsTakesEverySettingOfHapisModule() {
		FhirInstanceValidator hapis = new FhirInstanceValidator(support);
		hapis.setBestPracticeWarningLevel(BestPracticeWarningLevel.Error);
		hapis.setErrorForUnknownProfiles(false);
		hapis.setAnyExtensionsAllowed(false);

		Map<String, List<String>> expected = reportsOf(hapis);
		assertThat(expected).isNotEqualTo(hapiReports);
		PooledInstanceValidator pooled = PooledInstanceValidator.configuredAs(hapis, new ValidatorPool(1_000, 1));
		assertThat(reportsOf(pooled)).containsExactlyEntriesOf(expected);
	}

	private static Map<String, List<String>> reportsOf(IValidatorModule module) {
		FhirValidator validator = validatorWith(module);
		Map<String, List<String>> reports = new LinkedHashMap<>();
		inputs.forEach((name, input) -> reports.put(name, report(validator, input)));
		return reports;
	}

	private static List<Map<String, List<String>>> roundsInShuffledOrder(
			FhirValidator validator, Random random, int rounds) {
		List<Map<String, List<String>>> reports = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			List<String> names = new ArrayList<>(inputs.keySet());
			Collections.shuffle(names, random);
			Map<String, List<String>> reportsOfRound = new LinkedHashMap<>();
			names.forEach(name -> reportsOfRound.put(name, report(validator, inputs.get(name))));
			reports.add(reportsOfRound);
		}
		return reports;
	}

	private static FhirValidator validatorWith(IValidatorModule module) {
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(module);
		return validator;
	}

	/** Everything a user of the result sees of each message, in order. */
	private static List<String> report(FhirValidator validator, Object input) {
		var result = input instanceof String text
				? validator.validateWithResult(text)
				: validator.validateWithResult((IBaseResource) input);
		return result.getMessages().stream()
				.map(m -> String.join(" | ", String.valueOf(m.getSeverity()), m.getLocationString(),
						m.getLocationLine() + ":" + m.getLocationCol(), String.valueOf(m.getMessageId()), m.getMessage(),
						String.valueOf(m.getSliceMessages())))
				.toList();
	}

	private static Map<String, Object> inputs() throws IOException {
		Map<String, Resource> examples = examples();
		Map<String, Object> inputs = new LinkedHashMap<>();
		examples.forEach((id, example) -> inputs.put("example " + id, example));
		Resource questionnaireResponse = examples.get("QuestionnaireResponse/qr-epds-ngozi");
		inputs.put("example as JSON text", FHIR.newJsonParser().encodeResourceToString(questionnaireResponse));
		inputs.put("example as XML text", FHIR.newXmlParser().encodeResourceToString(questionnaireResponse));

		QuestionnaireResponse wrongAnswer = (QuestionnaireResponse) questionnaireResponse.copy();
		wrongAnswer.getItemFirstRep().getAnswerFirstRep().getValueCoding().setCode("not-an-answer");
		inputs.put("broken: answer outside the questionnaire's choices", wrongAnswer);

		Observation unknownCode = (Observation) examples.get("Observation/obs-epds-ngozi").copy();
		unknownCode.getInterpretationFirstRep().getCodingFirstRep().setCode("no-such-code");
		inputs.put("broken: unknown interpretation code", unknownCode);

		ServiceRequest noSubject = (ServiceRequest) examples.get("ServiceRequest/referral-ecmh-clinician").copy();
		noSubject.setSubject(null);
		inputs.put("broken: referral without subject", noSubject);

		Patient unknownProfile = (Patient) examples.get("Patient/child-amara").copy();
		unknownProfile.getMeta().addProfile("http://fhir.ecmh.org/StructureDefinition/no-such-profile");
		inputs.put("broken: unknown profile", unknownProfile);
		inputs.put("broken: unknown profile, as JSON text", FHIR.newJsonParser().encodeResourceToString(unknownProfile));

		// Found by the validator's own JSON parser (which reports lines and columns), not by HAPI's.
		String patientText = FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(examples.get("Patient/child-amara"));
		inputs.put("broken: JSON text with an unknown property and a malformed date", patientText
				.replaceFirst("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"2024-13-45\", \"favouriteColour\": \"green\""));

		Patient plain = (Patient) examples.get("Patient/child-amara").copy();
		plain.setMeta(null);
		inputs.put("plain Patient, no profile", plain);
		inputs.putAll(invariantsAnsweredWithoutFhirPath(examples, plain));
		return inputs;
	}

	/** Inputs on both sides of each base invariant {@link InvariantShortcuts} answers without the engine. */
	private static Map<String, Object> invariantsAnsweredWithoutFhirPath(Map<String, Resource> examples, Patient plain) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		String patientText = FHIR.newJsonParser().encodeResourceToString(examples.get("Patient/child-amara"));
		inputs.put("broken: a date with only an id",
				patientText.replaceFirst("\"birthDate\":\"[^\"]+\"", "\"_birthDate\":{\"id\":\"b1\"}"));

		ServiceRequest referral = (ServiceRequest) examples.get("ServiceRequest/referral-ecmh-clinician");
		ServiceRequest inside = referral.copy();
		inside.addContained(new Practitioner().addName(new HumanName().setFamily("Osei")).setId("fp"));
		inside.setRequester(new Reference("#fp"));
		inputs.put("a reference to a contained resource", inside);
		ServiceRequest missing = referral.copy();
		missing.setRequester(new Reference("#nobody"));
		inputs.put("broken: a reference to a contained resource that is not there", missing);

		Patient narrated = plain.copy();
		narrated.getText().setStatus(NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Amara</div>");
		inputs.put("plain Patient with narrative", narrated);

		Observation twoProfiles = (Observation) examples.get("Observation/obs-epds-ngozi").copy();
		twoProfiles.setText(null);
		twoProfiles.getMeta().addProfile("http://fhir.ecmh.org/StructureDefinition/ecmh-screening-result");
		inputs.put("two profiles, no narrative", twoProfiles);

		Observation quantity = (Observation) examples.get("Observation/obs-epds-ngozi").copy();
		quantity.setValue(new Quantity().setValue(12).setUnit("{score}"));
		inputs.put("a score given as a Quantity", quantity);
		return inputs;
	}

	private static Map<String, Resource> examples() throws IOException {
		Map<String, Resource> examples = new LinkedHashMap<>();
		for (Resource example : packaged(guide(), "example")) {
			examples.put(example.fhirType() + "/" + example.getIdPart(), example);
		}
		return examples;
	}

	/**
	 * FHIR R4 and the guide's definitions, offline: PrePopulatedValidationSupport holds profiles and terminology,
	 * and the Questionnaires (which it does not hold) are served by canonical URL.
	 */
	private static IValidationSupport offlineSupportWithTheGuide() throws IOException {
		ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
		List<Resource> definitions = packaged(guide(), "package");
		PrePopulatedValidationSupport conformance = new PrePopulatedValidationSupport(FHIR);
		definitions.forEach(conformance::addResource);
		IValidationSupport otherCanonicals = new IValidationSupport() {
			@Override
			public FhirContext getFhirContext() {
				return FHIR;
			}

			@Override
			public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
				return definitions.stream()
						.filter(d -> d instanceof MetadataResource canonical && url.split("\\|")[0].equals(canonical.getUrl()))
						.filter(type == null ? d -> true : type::isInstance)
						.map(d -> (T) d)
						.findFirst()
						.orElse(null);
			}
		};
		return new ValidationSupportChain(
				new DefaultProfileValidationSupport(FHIR),
				conformance,
				otherCanonicals,
				new SnapshotGeneratingValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR));
	}

	private static NpmPackage guide() throws IOException {
		try (InputStream in = PooledInstanceValidatorTest.class.getResourceAsStream("/ecmh-ig/package.tgz")) {
			return NpmPackage.fromPackage(in);
		}
	}

	private static List<Resource> packaged(NpmPackage npm, String folder) throws IOException {
		List<Resource> resources = new ArrayList<>();
		for (String file : npm.list(folder)) {
			if (file.endsWith(".json") && !file.equals("package.json") && !file.startsWith(".")) {
				try (InputStream in = npm.load(folder, file)) {
					resources.add((Resource) FHIR.newJsonParser().parseResource(in));
				}
			}
		}
		return resources;
	}
}
