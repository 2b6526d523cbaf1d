package org.ecmh.ig.build.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;

/**
 * The offline validation support chain: FHIR core, then all of our definitions, then snapshot generation and
 * in-memory terminology. There is no remote terminology server, so LOINC and SNOMED CT codes outside our own
 * enumerated value sets come back as warnings.
 */
public final class IgValidationSupport {

  private IgValidationSupport() {}

  public static ValidationSupportChain create(FhirContext fhir, IgContent content) {
    // The core validator reaches for package servers on its own (e.g. to check extension contexts); the build
    // must stay offline, so it finds hl7.fhir.r4.core in the package cache under user.home instead.
    ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
    PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(fhir);
    // Everything is registered before any snapshot is asked for, extensions first (structureDefinitions()
    // orders them so): the snapshot generator resolves extension definitions as it meets them.
    content.structureDefinitions().forEach(ours::addStructureDefinition);
    content.definitions().stream()
        .filter(resource -> !(resource instanceof StructureDefinition))
        .forEach(ours::addResource);
    return new ValidationSupportChain(
        new DefaultProfileValidationSupport(fhir),
        ours,
        new OtherCanonicalResources(fhir, content),
        new SnapshotGeneratingValidationSupport(fhir),
        new InMemoryTerminologyServerValidationSupport(fhir),
        new CommonCodeSystemsTerminologyService(fhir));
  }
}
