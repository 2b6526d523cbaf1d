package org.ecmh.ig.build.content;

import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;

/** How to present a resource to a human: its title (else its computer name, else type and id) and description. */
public final class ResourceTitle {

  private ResourceTitle() {}

  public static String of(Resource resource) {
    if (resource instanceof MetadataResource metadata) {
      if (metadata.hasTitle()) {
        return metadata.getTitle();
      }
      if (metadata.hasName()) {
        return metadata.getName();
      }
    }
    return IgContent.key(resource);
  }

  /** The Markdown description of a definition; examples have none. */
  public static String description(Resource resource) {
    return resource instanceof MetadataResource metadata ? metadata.getDescription() : null;
  }
}
