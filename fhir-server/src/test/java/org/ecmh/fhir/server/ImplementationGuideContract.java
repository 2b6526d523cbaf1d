package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.ecmh.fhir.ig.ImplementationGuidePackage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The implementation guide as a vendor meets it on the running server: installed, discoverable by canonical
 * URL, downloadable, readable, and enforced on write.
 */
abstract class ImplementationGuideContract extends ServerUnderTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String TEST_RUN = ECMH + "test-run";

	@Autowired
	ImplementationGuidePackage ig;

	@Test
	void everyConformanceResourceIsFoundByItsCanonicalUrl() {
		for (Resource definition : definitions()) {
			String url = definition.getNamedProperty("url").getValues().get(0).primitiveValue();
			Bundle found = client.search().byUrl(definition.fhirType() + "?url=" + url).returnBundle(Bundle.class).execute();
			assertThat(found.getEntry()).as(url).hasSize(1);
		}
	}

	@Test
	void valueSetsOfTheGuideExpandToTheirCodes() {
		assertThat(expansionOf("ecmh-referral-intent")).containsExactlyInAnyOrder("proposal", "plan", "order");
		// A whole code system of ours, included without listing its codes.
		assertThat(expansionOf("ecmh-score-vs")).contains("epds-total", "epds-self-harm");
	}

	private List<String> expansionOf(String valueSetId) {
		ValueSet expanded = client.operation().onType(ValueSet.class).named("$expand")
				.withParameter(Parameters.class, "url", new UriType(ECMH + "ValueSet/" + valueSetId))
				.returnResourceType(ValueSet.class).execute();
		return expanded.getExpansion().getContains().stream().map(ValueSet.ValueSetExpansionContainsComponent::getCode).toList();
	}

	@Test
	void everyExampleValidatesThroughTheServersValidateOperation() {
		storeAllExamples(); // the validator resolves references, as it would for a vendor's own records
		for (Resource example : examples()) {
			MethodOutcome outcome = client.validate().resource(example).execute();
			assertThat(errorsIn((OperationOutcome) outcome.getOperationOutcome()))
					.as(example.fhirType() + "/" + example.getIdPart()).isEmpty();
		}
	}

	@Test
	void everyExampleIsStoredAndReadsBackWithItsProfile() {
		storeAllExamples();
		for (Resource example : examples()) {
			Resource stored = (Resource) client.read().resource(example.fhirType()).withId(example.getIdPart()).execute();
			assertThat(stored.getMeta().getProfile()).extracting(p -> p.getValue())
					.containsAll(example.getMeta().getProfile().stream().map(p -> p.getValue()).toList());
		}
	}

	@Test
	void aBrokenVariantOfEachProfileIsRefusedNamingTheElementAndNothingIsStored() {
		storeAllExamples();
		for (StructureDefinition profile : profiles()) {
			Resource example = exampleOf(profile);
			ElementDefinition required = requiredTopLevelElement(profile);
			String path = required.getPath();
			String tag = UUID.randomUUID().toString();

			Resource broken = tagged(withoutElement(example, path), tag);
			HttpResponse<String> response = post(example.fhirType(), FHIR.newJsonParser().encodeResourceToString(broken));

			assertThat(response.statusCode()).as(profile.getUrl() + " without " + path).isBetween(400, 499);
			OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
			assertThat(errorsIn(outcome)).as(profile.getUrl()).anySatisfy(issue ->
					assertThat(issue.getDiagnostics()).contains(path.replace("[x]", "")));
			assertThat(countTagged(example.fhirType(), tag)).as(profile.getUrl()).isZero();
		}
	}

	/** Marks a resource written by one test, so that a search finds whatever of it was stored. */
	static Resource tagged(Resource resource, String tag) {
		resource.getMeta().addTag(TEST_RUN, tag, null);
		return resource;
	}

	int countTagged(String type, String tag) {
		return countOf(type + "?_tag=" + TEST_RUN + "|" + tag);
	}

	@Test
	void aTransactionsEntriesAreCheckedSideBySideAheadOfStorageAndNotAgainWhenStored() {
		storeAllExamples();
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		// screening responses and results are left out: they set off scoring and referral drafts, whose own writes
		// are checked as they are stored
		List<Resource> profiled = examples().stream()
				.filter(e -> claimsOurProfile(e) && !(e instanceof QuestionnaireResponse || e instanceof Observation))
				.toList();
		for (Resource example : profiled) {
			Resource copy = example.copy().setId((String) null);
			transaction.addEntry().setResource(copy).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(example.fhirType());
		}
		Set<String> types = profiled.stream().map(Resource::fhirType).collect(Collectors.toSet());
		double ahead = profileChecksOf("ahead", types);
		double atStorage = profileChecksOf("at-storage", types);

		Bundle response = client.transaction().withBundle(transaction).execute();

		assertThat(response.getEntry()).allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
		assertThat(profileChecksOf("ahead", types) - ahead).isEqualTo(profiled.size());
		assertThat(profileChecksOf("at-storage", types) - atStorage).isZero();
	}

	double profileChecksOf(String stage, Set<String> types) {
		return types.stream().mapToDouble(type -> profileChecks(stage, type)).sum();
	}

	@Test
	void aBrokenEntryRefusesItsTransactionNamingTheElementAndNoEntryIsStored() {
		storeAllExamples();
		StructureDefinition profile = profiles().stream()
				.filter(p -> examples().stream().anyMatch(e -> e.getMeta().hasProfile(p.getUrl())))
				.findFirst().orElseThrow();
		Resource example = exampleOf(profile);
		String path = requiredTopLevelElement(profile).getPath();
		String tag = UUID.randomUUID().toString();
		Resource intact = example.copy().setId((String) null);
		Resource broken = withoutElement(example, path);
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (Resource entry : List.of(intact, broken)) {
			transaction.addEntry().setResource(tagged(entry, tag)).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(example.fhirType());
		}

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refused ->
						assertThat(errorsIn((OperationOutcome) refused.getOperationOutcome()))
								.anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains(path.replace("[x]", ""))));
		assertThat(countTagged(example.fhirType(), tag)).isZero();
	}

	boolean claimsOurProfile(Resource resource) {
		return resource.getMeta().getProfile().stream().anyMatch(p -> p.getValue().startsWith(ECMH));
	}

	@Test
	void capabilityStatementNamesTheGuideAndListsOurProfiles() {
		CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();

		assertThat(capabilities.getImplementationGuide()).extracting(c -> c.getValue()).contains(ig.implementationGuideUrl());
		List<String> supported = capabilities.getRestFirstRep().getResource().stream()
				.flatMap(r -> r.getSupportedProfile().stream()).map(c -> c.getValue()).toList();
		assertThat(supported).containsAll(ig.profileTypes().keySet());
	}

	@Test
	void thePackageIsServedAsAStandardFhirNpmPackage() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ig/package.tgz")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		List<String> entries = tarEntries(response.body());
		assertThat(entries).contains("package/package.json", "package/.index.json");
		assertThat(entries).anyMatch(name -> name.matches("package/StructureDefinition-.+\\.json"));
		assertThat(entries).anyMatch(name -> name.startsWith("package/example/"));
		NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(response.body()));
		assertThat(npm.name()).isEqualTo(ig.name());
		assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
	}

	@Test
	void theGuideHasAReadablePagePerProfile() {
		HttpResponse<String> index = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ig/")).build());
		assertThat(index.statusCode()).isEqualTo(200);
		for (StructureDefinition profile : profiles()) {
			HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(
					"http://localhost:" + port + "/ig/StructureDefinition-" + profile.getIdPart() + ".html")).build());
			assertThat(page.statusCode()).as(profile.getUrl()).isEqualTo(200);
			assertThat(page.body()).contains(profile.getType()).contains(profile.getUrl());
		}
	}

	// --- the package's content ------------------------------------------------------------------------

	List<Resource> definitions() {
		return IgContent.of(ig).definitions();
	}

	List<Resource> examples() {
		return IgContent.of(ig).examples();
	}

	List<StructureDefinition> profiles() {
		return IgContent.of(ig).profiles();
	}

	/** An instance that claims the profile: an example, or a definition (our Questionnaires claim ours). */
	Resource exampleOf(StructureDefinition profile) {
		return java.util.stream.Stream.concat(examples().stream(), definitions().stream())
				.filter(e -> e.getMeta().getProfile().stream().anyMatch(p -> p.getValue().equals(profile.getUrl())))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No example claims " + profile.getUrl()));
	}

	void storeAllExamples() {
		IgContent.of(ig).storeExamples(client);
	}

	/** An element our profile makes required, preferring one the base resource leaves optional. */
	static ElementDefinition requiredTopLevelElement(StructureDefinition profile) {
		List<ElementDefinition> candidates = profile.getSnapshot().getElement().stream()
				.filter(e -> e.getPath().split("\\.").length == 2 && e.getMin() >= 1 && !e.hasSliceName())
				.toList();
		return candidates.stream()
				.filter(e -> e.getBase().getMin() == 0)
				.findFirst()
				.orElseGet(() -> candidates.stream().findFirst()
						.orElseThrow(() -> new AssertionError(profile.getUrl() + " requires no top-level element")));
	}

	/** A copy of the example, without id, lacking the element at {@code path}. */
	Resource withoutElement(Resource example, String path) {
		try {
			ObjectNode json = (ObjectNode) JSON.readTree(FHIR.newJsonParser().encodeResourceToString(example));
			json.remove("id");
			String name = path.substring(path.indexOf('.') + 1);
			List<String> remove = new ArrayList<>();
			json.fieldNames().forEachRemaining(field -> {
				boolean choice = name.endsWith("[x]") && field.startsWith(name.replace("[x]", ""));
				if (field.equals(name) || field.equals("_" + name) || choice) {
					remove.add(field);
				}
			});
			json.remove(remove);
			return (Resource) FHIR.newJsonParser().parseResource(JSON.writeValueAsString(json));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	HttpResponse<String> post(String type, String body) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/" + type))
				.header("Content-Type", "application/fhir+json")
				.POST(BodyPublishers.ofString(body)).build());
	}

	static List<OperationOutcome.OperationOutcomeIssueComponent> errorsIn(OperationOutcome outcome) {
		return outcome.getIssue().stream()
				.filter(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
						|| i.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
				.toList();
	}

	static List<String> tarEntries(byte[] tgz) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
			TarArchiveInputStream tar = (TarArchiveInputStream) in;
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}
}
