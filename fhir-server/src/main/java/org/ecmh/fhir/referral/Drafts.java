package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.ActivityDefinition.ActivityDefinitionDynamicValueComponent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * Turns an ActivityDefinition into the draft it describes ($apply on an ActivityDefinition, R4): a
 * ServiceRequest (status draft) or a referral Task (status draft, business status proposed), for the child,
 * with the definition's profile, extensions, code, intent and priority, then its dynamic values. A draft is
 * a proposal: only a clinician makes it an order.
 */
final class Drafts {

	private final FhirPathExpressions expressions;
	private final FhirTerser terser;

	Drafts(FhirContext fhirContext, FhirPathExpressions expressions) {
		this.expressions = expressions;
		this.terser = fhirContext.newTerser();
	}

	Resource draft(ActivityDefinition definition, Patient child, Reference requester, List<Observation> reasons) {
		Resource draft = switch (definition.getKind()) {
			case SERVICEREQUEST -> serviceRequest(definition, child, requester, reasons);
			case TASK -> task(definition, child, requester);
			default -> throw new IllegalArgumentException(definition.getUrl() + ": cannot propose a " + definition.getKind().toCode());
		};
		if (definition.hasProfile()) {
			draft.getMeta().addProfile(definition.getProfile());
		}
		applyDynamicValues(definition, draft, child);
		return draft;
	}

	private static ServiceRequest serviceRequest(ActivityDefinition definition, Patient child, Reference requester, List<Observation> reasons) {
		ServiceRequest request = new ServiceRequest();
		definition.getExtension().forEach(extension -> request.addExtension(extension.copy()));
		request.addInstantiatesCanonical(definition.getUrl());
		request.setStatus(ServiceRequestStatus.DRAFT);
		request.setIntent(ServiceRequestIntent.fromCode(definition.getIntent().toCode()));
		if (definition.hasPriority()) {
			request.setPriority(ServiceRequestPriority.fromCode(definition.getPriority().toCode()));
		}
		request.setCode(definition.getCode().copy());
		request.setSubject(referenceTo(child));
		request.setAuthoredOn(new Date());
		request.setRequester(requester);
		reasons.forEach(reason -> request.addReasonReference(referenceTo(reason)));
		return request;
	}

	private static Task task(ActivityDefinition definition, Patient child, Reference requester) {
		Task task = new Task();
		task.setInstantiatesCanonical(definition.getUrl());
		task.setStatus(TaskStatus.DRAFT);
		task.getBusinessStatus().addCoding().setSystem(BusinessStatuses.SYSTEM).setCode(BusinessStatuses.PROPOSED);
		task.setIntent(TaskIntent.fromCode(definition.getIntent().toCode()));
		task.setCode(definition.getCode().copy());
		task.setFor(referenceTo(child));
		task.setAuthoredOn(new Date());
		task.setRequester(requester);
		return task;
	}

	private void applyDynamicValues(ActivityDefinition definition, Resource draft, Patient child) {
		for (ActivityDefinitionDynamicValueComponent dynamicValue : definition.getDynamicValue()) {
			List<IBase> values = expressions.evaluate(dynamicValue.getExpression(), Map.of("subject", child));
			if (values.size() == 1 && values.get(0) instanceof IPrimitiveType<?> value) {
				terser.setElement(draft, dynamicValue.getPath(), value.getValueAsString());
			}
		}
	}

	private static Reference referenceTo(Resource resource) {
		return new Reference(resource.getIdElement().toUnqualifiedVersionless().getValue());
	}
}
