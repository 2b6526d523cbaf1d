package org.ecmh.fhir.screening;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecmh.fhir.server.BeforeStorage;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A score the sender sends on its own, after the response it is derived from was stored and so already scored:
 * the server's result records that score. Created by POST (alone, or in a batch or transaction that does not
 * write the response), it is answered as a conditional create that matched that result: 200 with the result's
 * Location, nothing stored, so the chart and the evaluation figures hold the screen once. A value that is not
 * the result's is refused (422 naming both values) however it is written. A score sent in its response's own
 * transaction is {@link SendersOwnScores}'s; one written by PUT, or with its own If-None-Exist, is kept beside
 * the result once its value is checked, since its sender asked for that resource.
 */
@Interceptor
public class ScoresSentLater extends BeforeStorage {

	private static final String OBSERVATION = "Observation";
	private static final String RESPONSE = "QuestionnaireResponse";
	private static final String RESPONSES_IN_BUNDLE = ScoresSentLater.class.getName() + ".responsesInBundle";

	private final FhirContext fhirContext;
	private final ResultStore store;

	ScoresSentLater(FhirContext fhirContext, ResultStore store) {
		this.fhirContext = fhirContext;
		this.store = store;
	}

	/** Turns the POST of a score the server already holds into a conditional create that matches its result. */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public void answerWithTheResult(RequestDetails request) {
		if (request.getRestOperationType() == RestOperationTypeEnum.CREATE && OBSERVATION.equals(request.getResourceName())
				&& request.getHeader(Constants.HEADER_IF_NONE_EXIST) == null) {
			sentIn(request).flatMap(sent -> agreeingResultOf(sent, Set.of()))
					.ifPresent(result -> request.setHeaders(Constants.HEADER_IF_NONE_EXIST, List.of(ResultStore.matchUrlOf(result))));
		}
	}

	/** The same for each such POST entry of a bundle, unless the bundle writes the response too. */
	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	public void answerEntriesWithTheirResults(IBaseBundle bundle, RequestDetails request) {
		Set<String> responses = responsesWrittenBy((Bundle) bundle);
		request.getUserData().put(RESPONSES_IN_BUNDLE, responses);
		for (BundleEntryComponent entry : ((Bundle) bundle).getEntry()) {
			if (entry.getResource() instanceof Observation sent && entry.getRequest().getMethod() == HTTPVerb.POST
					&& !entry.getRequest().hasIfNoneExist()) {
				agreeingResultOf(sent, responses).ifPresent(result -> entry.getRequest().setIfNoneExist(ResultStore.matchUrlOf(result)));
			}
		}
	}

	/** Refuses a score whose value is not the one the server's result for it holds, however it is written. */
	@Override
	@SuppressWarnings("unchecked")
	protected void beforeStoring(IBaseResource resource, RequestDetails request) {
		if (resource instanceof Observation sent && request != null && !(request instanceof SystemRequestDetails)) {
			Set<String> responsesInBundle = (Set<String>) request.getUserData().getOrDefault(RESPONSES_IN_BUNDLE, Set.of());
			resultRecording(sent, responsesInBundle).ifPresent(result ->
					ScoreAgreement.check(sent, result, "for " + result.getDerivedFromFirstRep().getReference()));
		}
	}

	private Optional<Observation> agreeingResultOf(Observation sent, Set<String> responsesInBundle) {
		return resultRecording(sent, responsesInBundle).filter(result -> ScoreAgreement.valuesAgree(sent, result));
	}

	/**
	 * The current result the server stored for the score the sender recorded, if the response it is derived from
	 * is stored (not written in the same bundle, whose scoring comes after) and yields that score.
	 */
	private Optional<Observation> resultRecording(Observation sent, Set<String> responsesInBundle) {
		if (!ResultStore.ourIdentifierOf(sent).isEmpty()) {
			return Optional.empty(); // one of the server's results, being rewritten
		}
		for (Reference source : sent.getDerivedFrom()) {
			IIdType response = source.getReferenceElement();
			if (RESPONSE.equals(response.getResourceType()) && response.hasIdPart() && !response.isAbsolute()
					&& !responsesInBundle.contains(response.toUnqualifiedVersionless().getValue())) {
				Optional<Observation> result = store.storedResultsOf(response.toUnqualifiedVersionless()).stream()
						.filter(stored -> stored.getStatus() != ObservationStatus.ENTEREDINERROR && ScoreAgreement.sameScore(sent, stored))
						.findFirst();
				if (result.isPresent()) {
					return result;
				}
			}
		}
		return Optional.empty();
	}

	/** The responses a bundle writes by id; those it creates are new, so no score can be stored for them yet. */
	private static Set<String> responsesWrittenBy(Bundle bundle) {
		Set<String> written = new HashSet<>();
		bundle.getEntry().forEach(entry -> SendersOwnScores.storedResponseWrittenBy(entry).ifPresent(written::add));
		return written;
	}

	/**
	 * The Observation a POST carries. Only bodies that name a stored response can be scores of one, so others are
	 * not parsed twice; a body HAPI cannot read is left to HAPI's own 400.
	 */
	private Optional<Observation> sentIn(RequestDetails request) {
		EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
		Charset charset = request.getCharset() == null ? StandardCharsets.UTF_8 : request.getCharset();
		String body = new String(request.loadRequestContents(), charset);
		if (encoding == null || !body.contains(RESPONSE + "/")) {
			return Optional.empty();
		}
		try {
			return Optional.of(encoding.newParser(fhirContext).parseResource(Observation.class, body));
		} catch (DataFormatException unreadable) {
			return Optional.empty();
		}
	}
}
