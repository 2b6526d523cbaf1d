package org.ecmh.ig.build.validate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.util.List;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/** Validates single resources with HAPI's instance validator on the offline support chain. */
public final class ResourceValidator {

  private final FhirValidator validator;

  public ResourceValidator(FhirContext fhir, IValidationSupport support) {
    validator = fhir.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(support));
  }

  /** Validates against FHIR core and every profile the resource declares in meta.profile. */
  public List<Finding> validate(Resource resource) {
    ValidationOptions options = new ValidationOptions();
    resource.getMeta().getProfile().stream().map(CanonicalType::getValue).forEach(options::addProfile);
    String key = IgContent.key(resource);
    return validator.validateWithResult(asAuthored(resource), options).getMessages().stream()
        .filter(message -> message.getSeverity() != ResultSeverityEnum.INFORMATION)
        .map(message -> toFinding(key, message))
        .toList();
  }

  /**
   * A profile is judged as authored, by its differential: its snapshot is generated from FHIR core, whose own
   * content does not all pass today's validator (R4 Consent.identifier's example is not a URI).
   */
  private static Resource asAuthored(Resource resource) {
    if (resource instanceof StructureDefinition definition && definition.hasSnapshot()) {
      StructureDefinition differentialOnly = definition.copy();
      differentialOnly.setSnapshot(null);
      return differentialOnly;
    }
    return resource;
  }

  private static Finding toFinding(String key, SingleValidationMessage message) {
    return new Finding(message.getSeverity(), key, message.getLocationString(), message.getMessage());
  }
}
