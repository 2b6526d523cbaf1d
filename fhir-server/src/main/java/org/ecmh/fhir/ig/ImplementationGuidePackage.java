package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.Resource;

/**
 * The IG's FHIR package as shipped inside the server: its bytes (served as-is), its identity, and the
 * profiles it defines, by the resource type each one constrains.
 */
public class ImplementationGuidePackage {

	private final byte[] bytes;
	private final NpmPackage npm;
	private final Map<String, String> profileTypes;
	private final Map<String, Set<String>> definitionUrlsByType;

	ImplementationGuidePackage(Resource location, FhirContext fhirContext) {
		try (InputStream in = location.getInputStream()) {
			this.bytes = in.readAllBytes();
			this.npm = NpmPackage.fromPackage(new ByteArrayInputStream(bytes));
			this.profileTypes = profileTypes(npm, fhirContext);
			this.definitionUrlsByType = definitionUrlsByType(npm);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the IG package at " + location
					+ "; build it with 'mvn -pl profiles -am install'", e);
		}
	}

	public byte[] bytes() {
		return bytes;
	}

	public String name() {
		return npm.name();
	}

	public String version() {
		return npm.version();
	}

	public String canonical() {
		return npm.canonical();
	}

	/** Canonical URL of the ImplementationGuide resource, as servers and validators name the guide. */
	public String implementationGuideUrl() {
		return canonical() + "/ImplementationGuide/" + name();
	}

	/** Canonical URLs of the package's definitions (not its examples) of the given resource types. */
	public Set<String> definitionUrls(Collection<String> resourceTypes) {
		return resourceTypes.stream()
				.flatMap(type -> definitionUrlsByType.getOrDefault(type, Set.of()).stream())
				.collect(Collectors.toUnmodifiableSet());
	}

	/** Our profiles (constraints, not extensions) keyed by URL, with the resource type each constrains. */
	public Map<String, String> profileTypes() {
		return profileTypes;
	}

	/** The resource types for which we define at least one profile. */
	public Set<String> profiledTypes() {
		return Set.copyOf(profileTypes.values());
	}

	/** The package index (its "package" folder, so not the examples), read once: canonical URLs by resource type. */
	private static Map<String, Set<String>> definitionUrlsByType(NpmPackage npm) throws IOException {
		return npm.getFolders().get("package").index().getJsonObjects("files").stream()
				.filter(file -> file.has("resourceType") && file.has("url"))
				.collect(Collectors.groupingBy(file -> file.asString("resourceType"),
						Collectors.mapping(file -> file.asString("url"), Collectors.toUnmodifiableSet())));
	}

	private static Map<String, String> profileTypes(NpmPackage npm, FhirContext fhirContext) throws IOException {
		Map<String, String> types = new TreeMap<>();
		for (String file : npm.listResources("StructureDefinition")) {
			try (InputStream in = npm.loadResource(file)) {
				StructureDefinition definition = fhirContext.newJsonParser().parseResource(StructureDefinition.class, in);
				boolean resourceProfile = definition.getDerivation() == TypeDerivationRule.CONSTRAINT
						&& definition.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE;
				if (resourceProfile) {
					types.put(definition.getUrl(), definition.getType());
				}
			}
		}
		return Map.copyOf(types);
	}
}
