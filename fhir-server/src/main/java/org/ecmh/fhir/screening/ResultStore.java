package org.ecmh.fhir.screening;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.IResourcePersistentId;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.util.FhirTerser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecmh.fhir.ig.ProfileConformance;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * Keeps the stored results of a response equal to what it yields now, inside the transaction that writes it:
 * each result is written by a conditional update on its identifier (response + score), so re-writing a
 * response updates its results instead of adding more; results it no longer yields (it was entered in error,
 * or answers were withdrawn) are marked entered-in-error rather than left standing. A response's first version
 * has no stored results, so they are created without those searches. The results are built from the IG's
 * definitions (ScreeningContract validates them), so the write-time profile check skips them. The database ids
 * of what they point at (the child, the response, ...) are handed on from the transaction writing the response
 * when it knows them, so HAPI does not look each reference up again.
 */
class ResultStore {

	private final IFhirResourceDao<Observation> observations;
	private final FhirTerser terser;

	ResultStore(DaoRegistry daos) {
		this.observations = daos.getResourceDao(Observation.class);
		this.terser = observations.getContext().newTerser();
	}

	/** The results of a response's first version: none can be stored yet, so each is simply created. */
	void createResultsOf(List<Observation> results, TransactionDetails writingTheResponse) {
		SystemRequestDetails request = ProfileConformance.builtFromTheGuide();
		for (Observation result : results) {
			observations.create(result, null, true, request, resolvedTargetsOf(result, writingTheResponse));
		}
	}

	void replaceResultsOf(IIdType response, List<Observation> results, TransactionDetails writingTheResponse) {
		SystemRequestDetails request = ProfileConformance.builtFromTheGuide();
		for (Observation result : results) {
			observations.update(result, matchUrlOf(result.getIdentifierFirstRep()), true, false, request,
					resolvedTargetsOf(result, writingTheResponse));
		}
		Set<String> current = results.stream().map(r -> r.getIdentifierFirstRep().getValue()).collect(Collectors.toSet());
		for (Observation stale : storedResultsOf(response)) {
			if (!current.contains(ourIdentifierOf(stale)) && stale.getStatus() != ObservationStatus.ENTEREDINERROR) {
				stale.setStatus(ObservationStatus.ENTEREDINERROR);
				observations.update(stale, request);
			}
		}
	}

	/** A fresh transaction context for one result, knowing the ids of its targets that the response's one knows. */
	private TransactionDetails resolvedTargetsOf(Observation result, TransactionDetails writingTheResponse) {
		TransactionDetails forResult = new TransactionDetails(writingTheResponse.getTransactionDate());
		for (Reference reference : terser.getAllPopulatedChildElementsOfType(result, Reference.class)) {
			IIdType target = reference.getReferenceElement();
			IResourcePersistentId<?> resolved = target.hasIdPart() ? writingTheResponse.getResolvedResourceId(target) : null;
			if (resolved != null) {
				forResult.addResolvedResourceId(target, resolved);
			}
		}
		return forResult;
	}

	static String matchUrlOf(Identifier identifier) {
		return "Observation?identifier=" + URLEncoder.encode(identifier.getSystem() + "|" + identifier.getValue(), StandardCharsets.UTF_8);
	}

	/** The results the server stored for a response, current or entered in error. */
	List<Observation> storedResultsOf(IIdType response) {
		SearchParameterMap derivedFrom = SearchParameterMap.newSynchronous("derived-from", new ReferenceParam(response.getValue()));
		return observations.search(derivedFrom, new SystemRequestDetails()).getAllResources().stream()
				.map(Observation.class::cast)
				.filter(observation -> !ourIdentifierOf(observation).isEmpty())
				.toList();
	}

	/** The key of a result the server stored; empty for any other Observation. */
	static String ourIdentifierOf(Observation observation) {
		return ourIdentifier(observation).map(Identifier::getValue).orElse("");
	}

	/** The conditional URL that finds a result the server stored, by its key. */
	static String matchUrlOf(Observation result) {
		return matchUrlOf(ourIdentifier(result).orElseThrow());
	}

	private static Optional<Identifier> ourIdentifier(Observation observation) {
		return observation.getIdentifier().stream()
				.filter(identifier -> ResultObservations.IDENTIFIER_SYSTEM.equals(identifier.getSystem()))
				.findFirst();
	}
}
