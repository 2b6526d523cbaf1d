package org.ecmh.fhir.screening;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecmh.fhir.ig.ProfileConformance;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;

/**
 * Keeps the stored results of a response equal to what it yields now, inside the transaction that writes it:
 * each result is written by a conditional update on its identifier (response + score), so re-writing a
 * response updates its results instead of adding more; results it no longer yields (it was entered in error,
 * or answers were withdrawn) are marked entered-in-error rather than left standing. A response's first version
 * has no stored results, so they are created without those searches. The results are built from the IG's
 * definitions (ScreeningContract validates them), so the write-time profile check skips them.
 */
class ResultStore {

	private final IFhirResourceDao<Observation> observations;

	ResultStore(DaoRegistry daos) {
		this.observations = daos.getResourceDao(Observation.class);
	}

	/** The results of a response's first version: none can be stored yet, so each is simply created. */
	void createResultsOf(List<Observation> results) {
		SystemRequestDetails request = ProfileConformance.builtFromTheGuide();
		for (Observation result : results) {
			observations.create(result, request);
		}
	}

	void replaceResultsOf(IIdType response, List<Observation> results) {
		SystemRequestDetails request = ProfileConformance.builtFromTheGuide();
		for (Observation result : results) {
			observations.update(result, matchUrlOf(result.getIdentifierFirstRep()), request);
		}
		Set<String> current = results.stream().map(r -> r.getIdentifierFirstRep().getValue()).collect(Collectors.toSet());
		for (Observation stale : storedResultsOf(response, request)) {
			if (!current.contains(ourIdentifierOf(stale)) && stale.getStatus() != ObservationStatus.ENTEREDINERROR) {
				stale.setStatus(ObservationStatus.ENTEREDINERROR);
				observations.update(stale, request);
			}
		}
	}

	static String matchUrlOf(Identifier identifier) {
		return "Observation?identifier=" + URLEncoder.encode(identifier.getSystem() + "|" + identifier.getValue(), StandardCharsets.UTF_8);
	}

	private List<Observation> storedResultsOf(IIdType response, SystemRequestDetails request) {
		SearchParameterMap derivedFrom = SearchParameterMap.newSynchronous("derived-from", new ReferenceParam(response.getValue()));
		return observations.search(derivedFrom, request).getAllResources().stream()
				.map(Observation.class::cast)
				.filter(observation -> !ourIdentifierOf(observation).isEmpty())
				.toList();
	}

	private static String ourIdentifierOf(Observation observation) {
		return observation.getIdentifier().stream()
				.filter(identifier -> ResultObservations.IDENTIFIER_SYSTEM.equals(identifier.getSystem()))
				.map(Identifier::getValue)
				.findFirst()
				.orElse("");
	}
}
