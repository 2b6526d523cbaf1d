package org.ecmh.ig.build.validate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.ecmh.ig.build.content.IgContent;

/**
 * Validates a whole guide: every example against its profiles, every definition (and the
 * ImplementationGuide) against FHIR core, and the guide's own rules.
 */
public final class GuideValidation {

  private final ResourceValidator validator;

  /** The support must already hold the guide's definitions with their snapshots. */
  public GuideValidation(FhirContext fhir, IValidationSupport support) {
    this.validator = new ResourceValidator(fhir, support);
  }

  public ValidationReport validate(IgContent content, ValidationReport report) {
    content.examples().forEach(example -> report.addAll(validator.validateExample(example)));
    content.definitions().forEach(definition -> report.addAll(validator.validateDefinition(definition)));
    report.addAll(validator.validateDefinition(content.guide()));
    report.addAll(new GuideRules().check(content));
    return report;
  }
}
