package org.ecmh.e2e.fhir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * Which family keys of one key system ({@link FamilyBundle#of(String, String, int)}) a server holds, per resource
 * type, read back page by page through the search API.
 */
public final class StoredFamilies {

	private static final int PAGE_SIZE = 500;
	/** Far more pages than any test writes; a bound so a paging bug cannot loop forever. */
	private static final int MAX_PAGES = 1_000;

	private final String keySystem;
	private final Map<String, Map<String, Integer>> copiesByType = new HashMap<>();

	private StoredFamilies(String keySystem) {
		this.keySystem = keySystem;
	}

	public static StoredFamilies readFrom(FhirClient client, String keySystem) {
		StoredFamilies stored = new StoredFamilies(keySystem);
		for (String type : FamilyBundle.TYPES) {
			stored.copiesByType.put(type, stored.readType(client, type));
		}
		return stored;
	}

	/** Keys with at least one resource of any type. */
	public Set<String> keys() {
		Set<String> keys = new HashSet<>();
		copiesByType.values().forEach(copies -> keys.addAll(copies.keySet()));
		return keys;
	}

	/** How many resources of {@code type} carry {@code key}. */
	public int copies(String type, String key) {
		return copiesByType.get(type).getOrDefault(key, 0);
	}

	private Map<String, Integer> readType(FhirClient client, String type) {
		Map<String, Integer> copies = new HashMap<>();
		Answer page = client.get("/" + type + "?identifier=" + FhirClient.encode(keySystem + "|")
				+ "&_elements=identifier&_count=" + PAGE_SIZE);
		for (int pages = 0; pages < MAX_PAGES; pages++) {
			Bundle bundle = client.read(Bundle.class, page);
			bundle.getEntry().forEach(entry -> copies.merge(keyOf(entry.getResource()), 1, Integer::sum));
			Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
			if (next == null) {
				return copies;
			}
			page = client.send(client.request(next.getUrl().substring(client.base().length()))
					.header("Accept", FhirClient.FHIR_JSON).GET().build());
		}
		throw new IllegalStateException("More than " + MAX_PAGES + " pages of " + type);
	}

	private String keyOf(Resource resource) {
		return resource.getNamedProperty("identifier").getValues().stream()
				.map(Identifier.class::cast)
				.filter(identifier -> keySystem.equals(identifier.getSystem()))
				.map(Identifier::getValue)
				.findFirst()
				.orElseThrow();
	}
}
