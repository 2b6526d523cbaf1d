package org.ecmh.ig.build.site;

import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** Pages for value sets (what they include and exclude) and code systems (their concepts). */
final class TerminologyPage {

  private final Links links;
  private final Markdown markdown;

  TerminologyPage(Links links, Markdown markdown) {
    this.links = links;
    this.markdown = markdown;
  }

  XhtmlNode render(ValueSet valueSet) {
    XhtmlNode page = header(valueSet);
    sets(page, "Includes", valueSet.getCompose().getInclude());
    sets(page, "Excludes", valueSet.getCompose().getExclude());
    return page;
  }

  XhtmlNode render(CodeSystem codeSystem) {
    XhtmlNode page = header(codeSystem);
    page.h2().tx("Concepts");
    XhtmlNode table = page.table("concepts");
    XhtmlNode header = table.tr();
    List.of("Code", "Display", "Definition").forEach(title -> header.th().tx(title));
    concepts(table, codeSystem.getConcept(), 0);
    return page;
  }

  private XhtmlNode header(MetadataResource resource) {
    XhtmlNode page = PageLayout.body();
    page.h1().tx(resource.hasTitle() ? resource.getTitle() : resource.getName());
    markdown.appendTo(page.div("description"), resource.getDescriptionElement().getValue());
    XhtmlNode facts = page.table("facts");
    PageLayout.fact(facts, "Canonical URL").code().tx(resource.getUrl());
    PageLayout.fact(facts, "Status").tx(resource.getStatus().toCode());
    return page;
  }

  private void sets(XhtmlNode page, String heading, List<ConceptSetComponent> sets) {
    if (sets.isEmpty()) {
      return;
    }
    page.h2().tx(heading);
    for (ConceptSetComponent set : sets) {
      XhtmlNode section = page.div("concept-set");
      if (set.hasSystem()) {
        XhtmlNode system = section.para();
        system.tx("Code system ");
        links.canonical(system, set.getSystem());
        if (set.getConcept().isEmpty() && set.getFilter().isEmpty()) {
          system.tx(": all codes");
        }
      }
      set.getValueSet().forEach(included -> {
        XhtmlNode line = section.para();
        line.tx("Value set ");
        links.canonical(line, included.getValue());
      });
      set.getFilter().forEach(filter -> section.para().tx(
          "Filter: " + filter.getProperty() + " " + filter.getOp().toCode() + " " + filter.getValue()));
      if (!set.getConcept().isEmpty()) {
        XhtmlNode table = section.table("concepts");
        XhtmlNode header = table.tr();
        List.of("Code", "Display").forEach(title -> header.th().tx(title));
        set.getConcept().forEach(concept -> {
          XhtmlNode row = table.tr();
          row.td().code().tx(concept.getCode());
          row.td().tx(concept.getDisplay());
        });
      }
    }
  }

  private void concepts(XhtmlNode table, List<ConceptDefinitionComponent> concepts, int depth) {
    for (ConceptDefinitionComponent concept : concepts) {
      XhtmlNode row = table.tr();
      XhtmlNode code = row.td();
      code.style("padding-left:" + depth + "em");
      code.code().tx(concept.getCode());
      row.td().tx(concept.getDisplay());
      row.td().tx(concept.getDefinition());
      concepts(table, concept.getConcept(), depth + 1);
    }
  }
}
