package org.ecmh.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.ecmh.fhir.referral.ApplyOperation;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Positive screens that no referral follows up. The suggestion is what the referral rules propose for that
 * screen ({@code PlanDefinition/$apply}): accepting it creates the draft referrals (ServiceRequest, status
 * draft) in the EHR for a clinician to confirm. Critical for the self-harm items.
 */
final class UnreferredScreenCards implements CardSource {

	private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	private static final String POSITIVE = "POS";

	private final ApplyOperation apply;
	private final FhirContext fhirContext;
	private final ObjectMapper json;
	private final List<String> criticalScores;
	private final Cds.Source source;

	UnreferredScreenCards(ApplyOperation apply, FhirContext fhirContext, ObjectMapper json, CdsHooksProperties properties) {
		this.apply = apply;
		this.fhirContext = fhirContext;
		this.json = json;
		this.criticalScores = properties.criticalScores();
		this.source = new Cds.Source(properties.sourceLabel());
	}

	@Override
	public List<Cds.Card> cards(ChildRecord record) {
		return record.currentResults().stream()
				.filter(UnreferredScreenCards::isPositive)
				.filter(result -> !record.isReferred(result))
				.map(result -> card(record, result))
				.toList();
	}

	private static boolean isPositive(Observation result) {
		return result.getInterpretation().stream().flatMap(concept -> concept.getCoding().stream())
				.anyMatch(coding -> INTERPRETATION.equals(coding.getSystem()) && POSITIVE.equals(coding.getCode()));
	}

	private Cds.Card card(ChildRecord record, Observation result) {
		String score = ChildRecord.scoreCode(result).orElseThrow();
		List<ServiceRequest> drafts = proposedReferrals(record, result);
		List<Cds.Suggestion> suggestions = drafts.isEmpty() ? List.of() : List.of(new Cds.Suggestion(
				"Propose the referrals the ECMH rules recommend", UUID.randomUUID().toString(), true,
				drafts.stream().map(this::create).toList()));
		boolean critical = criticalScores.contains(score);
		return Cds.Card.of("Positive " + score + " screen without a referral",
				"Observation/" + result.getIdElement().getIdPart() + " is positive and no referral cites it.",
				critical ? Cds.Indicator.critical : Cds.Indicator.warning, source, suggestions);
	}

	/** From the records in hand, so a result the EHR sent only in its prefetch is followed up too. */
	private List<ServiceRequest> proposedReferrals(ChildRecord record, Observation result) {
		return apply.propose(record.child(), List.of(result), record.user().map(Reference::new).orElse(null))
				.getContained().stream()
				.filter(ServiceRequest.class::isInstance).map(ServiceRequest.class::cast).toList();
	}

	private Cds.Action create(ServiceRequest draft) {
		ServiceRequest referral = draft.copy();
		referral.setId((String) null); // contained in the proposal; the EHR assigns its own id
		return new Cds.Action("create", "Create a draft referral: " + referral.getCode().getCodingFirstRep().getCode(), toJson(referral));
	}

	private JsonNode toJson(ServiceRequest referral) {
		try {
			return json.readTree(fhirContext.newJsonParser().encodeResourceToString(referral));
		} catch (JsonProcessingException e) {
			throw new UncheckedIOException(e);
		}
	}
}
