package org.ecmh.ig.build.content;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.ecmh.ig.build.config.IgConfig;
import org.ecmh.ig.build.npm.PackageManifest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.ImplementationGuide.ImplementationGuideDefinitionResourceComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds the ImplementationGuide resource from sushi-config.yaml when SUSHI did not (it writes none in FSHOnly
 * mode). Without SUSHI's knowledge of each instance's Usage, a resource counts as an example unless its type
 * is a canonical (definitional) resource type.
 */
final class ImplementationGuideFactory {

  private final FhirContext fhir;

  ImplementationGuideFactory(FhirContext fhir) {
    this.fhir = fhir;
  }

  ImplementationGuide create(IgConfig config, List<Resource> resources) {
    ImplementationGuide guide = new ImplementationGuide();
    guide.setId(config.packageId());
    guide.setUrl(config.implementationGuideUrl());
    guide.setVersion(config.version());
    guide.setName(config.name());
    guide.setTitle(config.title());
    guide.setStatus(PublicationStatus.fromCode(config.status()));
    guide.setPublisher(config.publisher());
    guide.setDescription(config.description());
    guide.setPackageId(config.packageId());
    guide.addFhirVersion(FHIRVersion.fromCode(PackageManifest.FHIR_VERSION));
    resources.forEach(resource -> guide.getDefinition().addResource(entryFor(resource)));
    return guide;
  }

  private ImplementationGuideDefinitionResourceComponent entryFor(Resource resource) {
    ImplementationGuideDefinitionResourceComponent entry = new ImplementationGuideDefinitionResourceComponent()
        .setReference(new Reference(resource.fhirType() + "/" + resource.getIdPart()))
        .setName(ResourceTitle.of(resource))
        .setDescription(ResourceTitle.description(resource));
    if (isDefinitional(resource)) {
      entry.setExample(new BooleanType(false));
    } else if (resource.getMeta().hasProfile()) {
      entry.setExample(resource.getMeta().getProfile().get(0).copy());
    } else {
      entry.setExample(new BooleanType(true));
    }
    return entry;
  }

  /** Canonical resources (StructureDefinition, ValueSet, Questionnaire, PlanDefinition...) all have a url. */
  boolean isDefinitional(Resource resource) {
    return fhir.getResourceDefinition(resource).getChildByName("url") != null;
  }
}
