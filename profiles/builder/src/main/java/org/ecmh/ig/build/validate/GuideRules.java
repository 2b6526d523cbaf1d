package org.ecmh.ig.build.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;

/** Rules of this guide that FHIR itself does not check. */
public final class GuideRules {

  public List<Finding> check(IgContent content) {
    List<Finding> findings = new ArrayList<>();
    for (StructureDefinition profile : content.profiles()) {
      if (content.instancesOf(profile.getUrl()).isEmpty()) {
        findings.add(Finding.error(profile, "StructureDefinition",
            "profile " + profile.getUrl() + " has no example (every profile needs one that validates)"));
      }
    }
    // HAPI's package installer silently skips conformance resources that are not active.
    Stream.concat(Stream.of(content.guide()), content.definitionsOf(MetadataResource.class).stream())
        .filter(definition -> definition.getStatus() != PublicationStatus.ACTIVE)
        .forEach(definition -> findings.add(Finding.error(definition, definition.fhirType() + ".status",
            "status is '" + definition.getStatus().toCode()
                + "'; conformance resources must be active or HAPI's installer skips them")));
    return findings;
  }
}
