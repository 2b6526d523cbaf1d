package org.ecmh.fhir.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The CDS Hooks 2.0 wire format (https://cds-hooks.hl7.org/2.0/), the parts this service uses. */
final class Cds {

	private Cds() {}

	record Discovery(List<Service> services) {}

	record Service(String hook, String id, String title, String description, Map<String, String> prefetch) {}

	/** A hook call; prefetch values are FHIR JSON (a resource or a search Bundle), null when the EHR could not fetch. */
	record HookRequest(String hook, String hookInstance, Map<String, Object> context, Map<String, JsonNode> prefetch) {

		String contextValue(String name) {
			return context == null || context.get(name) == null ? null : context.get(name).toString();
		}

		JsonNode prefetched(String key) {
			JsonNode value = prefetch == null ? null : prefetch.get(key);
			return value == null || value.isNull() ? null : value;
		}
	}

	record Cards(List<Card> cards) {}

	enum Indicator { info, warning, critical }

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Card(String uuid, String summary, String detail, Indicator indicator, Source source, List<Suggestion> suggestions) {

		static Card of(String summary, String detail, Indicator indicator, Source source, List<Suggestion> suggestions) {
			return new Card(UUID.randomUUID().toString(), summary, detail, indicator, source, suggestions);
		}
	}

	record Source(String label) {}

	record Suggestion(String label, String uuid, boolean isRecommended, List<Action> actions) {}

	record Action(String type, String description, JsonNode resource) {}
}
