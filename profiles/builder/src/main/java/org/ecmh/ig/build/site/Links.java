package org.ecmh.ig.build.site;

import java.util.HashMap;
import java.util.Map;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** Where each resource's page is, so that canonical URLs of our own resources become links. */
final class Links {

  private final Map<String, String> pageByCanonical = new HashMap<>();

  Links(IgContent content) {
    content.definitionsOf(MetadataResource.class)
        .forEach(definition -> pageByCanonical.put(definition.getUrl(), pageName(definition)));
  }

  static String pageName(Resource resource) {
    return resource.fhirType() + "-" + resource.getIdPart() + ".html";
  }

  /** A link to our page for the canonical URL, or the URL as text when it is not one of ours. */
  void canonical(XhtmlNode parent, String url) {
    if (url == null) {
      return;
    }
    String unversioned = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    String page = pageByCanonical.get(unversioned);
    if (page != null) {
      parent.ah(page).tx(tail(unversioned));
    } else {
      parent.code().tx(url);
    }
  }

  private static String tail(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
