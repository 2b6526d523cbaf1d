package org.ecmh.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Loads a child's record for a hook call: each part from the EHR's prefetch when it sent one (as the
 * CDS Hooks spec asks a service to prefer), else from this server's repository.
 */
final class ChildRecords {

	static final String PATIENT = "patient";
	static final String SCREENINGS = "screenings";
	static final String REFERRALS = "referrals";

	/** The prefetch templates every service declares in discovery. */
	static final Map<String, String> PREFETCH = Map.of(
			PATIENT, "Patient/{{context.patientId}}",
			SCREENINGS, "Observation?patient={{context.patientId}}&code=" + ChildRecord.SCORE_SYSTEM + "|",
			REFERRALS, "ServiceRequest?patient={{context.patientId}}");

	private final FhirContext fhirContext;
	private final DaoRegistry daos;

	ChildRecords(FhirContext fhirContext, DaoRegistry daos) {
		this.fhirContext = fhirContext;
		this.daos = daos;
	}

	ChildRecord load(String patientId, Cds.HookRequest request) {
		JsonNode patient = request.prefetched(PATIENT);
		Patient child = patient != null ? parse(patient, Patient.class)
				: daos.getResourceDao(Patient.class).read(new IdType("Patient", patientId), new SystemRequestDetails());
		return new ChildRecord(child,
				entries(request.prefetched(SCREENINGS), Observation.class, patientId, Observation.SP_SUBJECT),
				entries(request.prefetched(REFERRALS), ServiceRequest.class, patientId, ServiceRequest.SP_SUBJECT),
				request.contextValue("userId"));
	}

	private <T extends Resource> List<T> entries(JsonNode prefetched, Class<T> type, String patientId, String subjectParameter) {
		if (prefetched != null) {
			return parse(prefetched, Bundle.class).getEntry().stream()
					.map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
		}
		SearchParameterMap bySubject = SearchParameterMap.newSynchronous(subjectParameter, new ReferenceParam("Patient/" + patientId));
		List<IBaseResource> found = daos.getResourceDao(type).search(bySubject, new SystemRequestDetails()).getAllResources();
		return found.stream().map(type::cast).toList();
	}

	private <T extends IBaseResource> T parse(JsonNode json, Class<T> type) {
		return fhirContext.newJsonParser().parseResource(type, json.toString());
	}
}
