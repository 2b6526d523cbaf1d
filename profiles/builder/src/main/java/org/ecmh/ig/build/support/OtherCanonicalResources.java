package org.ecmh.ig.build.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Serves our canonical resources that PrePopulatedValidationSupport does not hold (Questionnaire,
 * PlanDefinition, ActivityDefinition...) by URL, so that the validator can check a QuestionnaireResponse
 * against its Questionnaire or a reference to a PlanDefinition.
 */
final class OtherCanonicalResources implements IValidationSupport {

  private final FhirContext fhir;
  private final IgContent content;

  OtherCanonicalResources(FhirContext fhir, IgContent content) {
    this.fhir = fhir;
    this.content = content;
  }

  @Override
  public FhirContext getFhirContext() {
    return fhir;
  }

  @Override
  public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
    String unversioned = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    return content.definitionsOf(MetadataResource.class).stream()
        .filter(resource -> type == null || type.isInstance(resource))
        .filter(resource -> unversioned.equals(resource.getUrl()))
        .findFirst()
        .map(resource -> type == null ? (T) resource : type.cast(resource))
        .orElse(null);
  }
}
