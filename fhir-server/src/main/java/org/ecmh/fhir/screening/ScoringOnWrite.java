package org.ecmh.fhir.screening;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.ecmh.fhir.server.BeforeStorage;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Scores screening responses on every write that reaches storage (REST create/update, transaction entries,
 * internal writes). Before the response is stored, its totals are checked (422 when they disagree with its
 * answers) or filled in; just before the transaction commits, once the response has its id and the
 * references in a transaction are resolved, its result Observations are written in the same transaction,
 * except the scores the sender recorded in that transaction ({@link SendersOwnScores}).
 */
@Interceptor
public class ScoringOnWrite extends BeforeStorage {

	/** A response re-created after a delete gets a later version, and may still have results stored. */
	private static final String FIRST_VERSION = "1";

	private final ScreeningInputs inputs;
	private final ScreeningEngine engine;
	private final ResultStore store;

	ScoringOnWrite(ScreeningInputs inputs, ScreeningEngine engine, ResultStore store) {
		this.inputs = inputs;
		this.engine = engine;
		this.store = store;
	}

	/** Checks or fills in the totals of a screening response. */
	@Override
	protected void beforeStoring(IBaseResource resource, RequestDetails request) {
		if (resource instanceof QuestionnaireResponse response) {
			reconcile(response);
		}
	}

	/**
	 * Notes the scores the sender recorded beside a transaction's responses, and fills in the responses' totals
	 * before the entries are checked against the profiles, so each is checked as it will be stored.
	 */
	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	public void beforeTransaction(IBaseBundle bundle, RequestDetails request) {
		SendersOwnScores.noteIn((Bundle) bundle, request);
		for (Bundle.BundleEntryComponent entry : ((Bundle) bundle).getEntry()) {
			if (entry.getResource() instanceof QuestionnaireResponse response) {
				try {
					reconcile(response);
				} catch (UnprocessableEntityException refusedWhenStored) {
					// the same check refuses the response when it is stored, if it is
				}
			}
		}
	}

	private void reconcile(QuestionnaireResponse response) {
		inputs.screeningQuestionnaireOf(response).ifPresent(questionnaire -> engine.reconcile(questionnaire, response));
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		storeResults(resource, request, transaction);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource updated, RequestDetails request, TransactionDetails transaction) {
		storeResults(updated, request, transaction);
	}

	private void storeResults(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		if (resource instanceof QuestionnaireResponse response) {
			Reference stored = new Reference(response.getIdElement().toUnqualifiedVersionless());
			inputs.screeningQuestionnaireOf(response).ifPresent(questionnaire -> {
				List<Observation> results = SendersOwnScores.notRecordedBySender(
						engine.results(questionnaire, response, inputs.childAgeOf(response, transaction), stored), response, request);
				if (FIRST_VERSION.equals(response.getIdElement().getVersionIdPart())) {
					store.createResultsOf(results, transaction);
				} else {
					store.replaceResultsOf(stored.getReferenceElement(), results, transaction);
				}
			});
		}
	}
}
