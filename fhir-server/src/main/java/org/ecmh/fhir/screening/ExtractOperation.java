package org.ecmh.fhir.screening;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.List;
import java.util.UUID;
import org.ecmh.fhir.screening.Refusal.Issue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code QuestionnaireResponse/$extract} (SDC): the screening-result Observations of a response, computed
 * and returned as a transaction Bundle but not stored. For a stored response each entry is a conditional
 * update on the result's identifier, so posting the Bundle is idempotent and matches what scoring on write
 * stores; a response that is not stored travels in the Bundle itself (POST), with its results pointing at it
 * (for another server: this one scores a response when it is stored, so posting the response alone is enough).
 */
public class ExtractOperation {

	private final ScreeningInputs inputs;
	private final ScreeningEngine engine;
	private final IFhirResourceDao<QuestionnaireResponse> responses;

	ExtractOperation(ScreeningInputs inputs, ScreeningEngine engine, DaoRegistry daos) {
		this.inputs = inputs;
		this.engine = engine;
		this.responses = daos.getResourceDao(QuestionnaireResponse.class);
	}

	@Operation(name = "$extract", type = QuestionnaireResponse.class, idempotent = true)
	public Bundle extractStored(@IdParam IdType id, RequestDetails request) {
		return extract(responses.read(id.toUnqualifiedVersionless(), request));
	}

	@Operation(name = "$extract", type = QuestionnaireResponse.class, idempotent = true)
	public Bundle extractGiven(
			@OperationParam(name = "questionnaire-response", min = 1, max = 1) QuestionnaireResponse response) {
		return extract(response);
	}

	private Bundle extract(QuestionnaireResponse given) {
		QuestionnaireResponse response = given.copy();
		Questionnaire questionnaire = inputs.screeningQuestionnaireOf(response).orElseThrow(() -> Refusal.of(List.of(new Issue(
				"QuestionnaireResponse.questionnaire", "'" + response.getQuestionnaire() + "' is not an ECMH screening Questionnaire"
						+ " installed on this server, so there is nothing to extract"))));
		engine.reconcile(questionnaire, response);
		Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
		Reference derivedFrom = response.getIdElement().hasIdPart()
				? new Reference(new IdType("QuestionnaireResponse", response.getIdElement().getIdPart()))
				: new Reference(addEntry(bundle, response, HTTPVerb.POST, "QuestionnaireResponse"));
		for (Observation result : engine.results(questionnaire, response, inputs.childAgeOf(response, new TransactionDetails()), derivedFrom)) {
			boolean identified = result.hasIdentifier();
			addEntry(bundle, result, identified ? HTTPVerb.PUT : HTTPVerb.POST,
					identified ? ResultStore.matchUrlOf(result.getIdentifierFirstRep()) : "Observation");
		}
		return bundle;
	}

	/** Adds an entry under a fresh placeholder and returns the placeholder. */
	private static String addEntry(Bundle bundle, Resource resource, HTTPVerb method, String url) {
		String placeholder = "urn:uuid:" + UUID.randomUUID();
		bundle.addEntry().setFullUrl(placeholder).setResource(resource).getRequest().setMethod(method).setUrl(url);
		return placeholder;
	}
}
