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

/** Validates single resources with HAPI's instance validator on the offline support chain. */
public final class ResourceValidator {

  private final FhirValidator validator;

  public ResourceValidator(FhirContext fhir, IValidationSupport support) {
    validator = fhir.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(support));
  }

  /** An example against the profiles it declares in meta.profile (and FHIR core). */
  public List<Finding> validateExample(Resource example) {
    ValidationOptions options = new ValidationOptions();
    example.getMeta().getProfile().stream().map(CanonicalType::getValue).forEach(options::addProfile);
    return validate(example, options);
  }

  /** A definition (profile, value set, questionnaire...) against FHIR core. */
  public List<Finding> validateDefinition(Resource definition) {
    return validate(definition, new ValidationOptions());
  }

  private List<Finding> validate(Resource resource, ValidationOptions options) {
    String key = IgContent.key(resource);
    return validator.validateWithResult(resource, options).getMessages().stream()
        .filter(message -> message.getSeverity() != ResultSeverityEnum.INFORMATION)
        .map(message -> toFinding(key, message))
        .toList();
  }

  private static Finding toFinding(String key, SingleValidationMessage message) {
    return new Finding(message.getSeverity(), key, message.getLocationString(), message.getMessage());
  }
}
