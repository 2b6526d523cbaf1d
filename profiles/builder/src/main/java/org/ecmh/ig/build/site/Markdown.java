package org.ecmh.ig.build.site;

import java.io.IOException;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hl7.fhir.exceptions.FHIRFormatError;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** Renders the guide's Markdown (narrative pages and the markdown fields of resources) as HTML. */
final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  String toHtml(String markdown) {
    return renderer.render(parser.parse(markdown));
  }

  /** Adds rendered Markdown under a node; text that is not well-formed as XHTML is shown as plain text. */
  void appendTo(XhtmlNode parent, String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return;
    }
    try {
      parent.innerHTML(toHtml(markdown));
    } catch (IOException | FHIRFormatError e) {
      parent.para().tx(markdown);
    }
  }
}
