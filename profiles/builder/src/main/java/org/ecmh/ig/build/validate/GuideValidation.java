package org.ecmh.ig.build.validate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.ecmh.ig.build.content.IgContent;

/**
 * Validates a whole guide: every resource (examples, definitions, the ImplementationGuide) against FHIR core
 * and the profiles it claims, then the guide's own rules.
 */
public final class GuideValidation {

  private final ResourceValidator validator;

  /** The support must already hold the guide's definitions with their snapshots. */
  public GuideValidation(FhirContext fhir, IValidationSupport support) {
    this.validator = new ResourceValidator(fhir, support);
  }

  public ValidationReport validate(IgContent content, ValidationReport report) {
    content.all().forEach(resource -> report.addAll(validator.validate(resource)));
    report.addAll(new GuideRules().check(content));
    return report;
  }
}
