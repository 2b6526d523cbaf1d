package org.ecmh.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * The ids a server gave to a transaction's entries (urn:uuid full URL to {@code Type/id}), read from the
 * transaction-response, whose entries answer the request's entries in the same order.
 */
public final class AssignedIds {

	private final Map<String, String> byFullUrl = new LinkedHashMap<>();

	private AssignedIds() {}

	public static AssignedIds of(Bundle request, Bundle response) {
		AssignedIds ids = new AssignedIds();
		List<Bundle.BundleEntryComponent> sent = request.getEntry();
		for (int i = 0; i < sent.size(); i++) {
			String location = response.getEntry().get(i).getResponse().getLocation();
			ids.byFullUrl.put(sent.get(i).getFullUrl(), new IdType(location).toUnqualifiedVersionless().getValue());
		}
		return ids;
	}

	/** The server id ({@code Type/id}) of the entry with this full URL. */
	public String idOf(String fullUrl) {
		return byFullUrl.get(fullUrl);
	}

	/** Server ids of the entries of one resource type, in bundle order. */
	public List<String> idsOf(Bundle request, String resourceType) {
		return request.getEntry().stream()
				.filter(entry -> entry.getResource().fhirType().equals(resourceType))
				.map(entry -> idOf(entry.getFullUrl()))
				.toList();
	}
}
