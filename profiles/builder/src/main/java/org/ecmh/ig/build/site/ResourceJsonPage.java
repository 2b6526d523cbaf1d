package org.ecmh.ig.build.site;

import ca.uhn.fhir.context.FhirContext;
import org.ecmh.ig.build.content.ResourceTitle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A resource shown as its pretty-printed JSON: for examples, and for definitions without a page of their own. */
final class ResourceJsonPage {

  private final FhirContext fhir;
  private final Links links;

  ResourceJsonPage(FhirContext fhir, Links links) {
    this.fhir = fhir;
    this.links = links;
  }

  XhtmlNode render(Resource resource) {
    XhtmlNode page = PageLayout.body();
    page.h1().tx(ResourceTitle.of(resource));
    for (CanonicalType profile : resource.getMeta().getProfile()) {
      XhtmlNode line = page.para();
      line.tx("Conforms to profile ");
      links.canonical(line, profile.getValue());
    }
    page.pre("json").tx(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    return page;
  }
}
