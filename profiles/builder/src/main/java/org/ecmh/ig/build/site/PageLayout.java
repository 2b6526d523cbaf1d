package org.ecmh.ig.build.site;

import org.apache.commons.text.StringEscapeUtils;
import org.ecmh.ig.build.config.IgConfig;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlComposer;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The frame every page shares: title, the one stylesheet, a header linking home and to the package. Links are
 * relative, since the server publishes the site and the package side by side under {@code /ig/}.
 */
final class PageLayout {

  static final String STYLESHEET = "style.css";
  static final String INDEX = "index.html";
  static final String PACKAGE = "package.tgz";

  private final IgConfig config;

  PageLayout(IgConfig config) {
    this.config = config;
  }

  /** A fresh container for a page's content. */
  static XhtmlNode body() {
    return new XhtmlNode(NodeType.Element, "div");
  }

  /** A labelled row of a page's table of facts; returns the cell to fill. */
  static XhtmlNode fact(XhtmlNode table, String label) {
    XhtmlNode row = table.tr();
    row.th().tx(label);
    return row.td();
  }

  String page(String title, XhtmlNode content) {
    return page(title, html(content));
  }

  static String html(XhtmlNode content) {
    return new XhtmlComposer(XhtmlComposer.HTML, true).compose(content);
  }

  String page(String title, String contentHtml) {
    String guide = escape(config.title() != null ? config.title() : config.packageId());
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - %s</title>
        <link rel="stylesheet" href="%s">
        </head>
        <body>
        <header><a href="%s">%s</a> <span class="version">%s#%s</span> <a href="%s">FHIR package</a></header>
        <main>
        %s
        </main>
        <footer>FHIR R4 implementation guide %s, canonical %s. Generated at build time from FHIR Shorthand.</footer>
        </body>
        </html>
        """.formatted(escape(title), guide, STYLESHEET, INDEX, guide, escape(config.packageId()),
        escape(config.version()), PACKAGE, contentHtml, escape(config.packageId()), escape(config.canonical()));
  }

  private static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }
}
