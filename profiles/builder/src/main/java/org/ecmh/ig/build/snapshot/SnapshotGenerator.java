package org.ecmh.ig.build.snapshot;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.List;
import org.ecmh.ig.build.validate.Finding;
import org.ecmh.ig.build.validate.ValidationReport;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Adds snapshots to SUSHI's differential-only StructureDefinitions: receivers (HAPI's package installer, the
 * validator, our site pages) need the full element list.
 */
public final class SnapshotGenerator {

  private final IValidationSupport support;

  public SnapshotGenerator(IValidationSupport support) {
    this.support = support;
  }

  /** Returns the definitions with snapshots; a definition whose snapshot fails is reported and left out. */
  public List<StructureDefinition> generate(List<StructureDefinition> definitions, ValidationReport report) {
    ValidationSupportContext context = new ValidationSupportContext(support);
    List<StructureDefinition> withSnapshots = new ArrayList<>();
    for (StructureDefinition definition : definitions) {
      StructureDefinition generated = (StructureDefinition) support.generateSnapshot(
          context, definition.copy(), definition.getUrl(), definition.getUrl(), definition.getName());
      if (generated == null || !generated.hasSnapshot()) {
        report.add(Finding.error(definition, "StructureDefinition.snapshot", "no snapshot could be generated"));
      } else {
        withSnapshots.add(generated);
      }
    }
    return withSnapshots;
  }
}
