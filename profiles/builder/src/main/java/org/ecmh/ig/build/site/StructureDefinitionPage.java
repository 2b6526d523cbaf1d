package org.ecmh.ig.build.site;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecmh.ig.build.content.ResourceTitle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionBindingComponent;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A profile's or extension's page: its purpose, and one row per element of the snapshot with cardinality,
 * types, must-support, binding and fixed or pattern value. Elements this definition constrains are marked.
 */
final class StructureDefinitionPage {

  private final FhirContext fhir;
  private final Links links;
  private final Markdown markdown;

  StructureDefinitionPage(FhirContext fhir, Links links, Markdown markdown) {
    this.fhir = fhir;
    this.links = links;
    this.markdown = markdown;
  }

  XhtmlNode render(StructureDefinition definition, List<Resource> examples) {
    XhtmlNode page = PageLayout.body();
    page.h1().tx(definition.hasTitle() ? definition.getTitle() : definition.getName());
    markdown.appendTo(page.div("description"), definition.getDescription());
    markdown.appendTo(page.div("purpose"), definition.getPurpose());
    XhtmlNode facts = page.table("facts");
    PageLayout.fact(facts, "Canonical URL").code().tx(definition.getUrl());
    links.canonical(PageLayout.fact(facts, "Based on"), definition.getBaseDefinition());
    PageLayout.fact(facts, "Resource type").tx(definition.getType());
    PageLayout.fact(facts, "Status").tx(definition.getStatus().toCode());
    if (definition.hasContext()) {
      XhtmlNode where = PageLayout.fact(facts, "Used on");
      definition.getContext().forEach(context -> where.code().tx(context.getExpression() + " "));
    }

    page.h2().tx("Elements");
    page.para().tx("S = must support: a receiver must be able to handle the element. Rows in bold are constrained "
        + "by this " + (ofExtension(definition) ? "extension" : "profile") + ".");
    elements(page, definition);

    page.h2().tx("Examples");
    if (examples.isEmpty()) {
      page.para().tx("None.");
    } else {
      XhtmlNode list = page.ul();
      examples.forEach(example -> list.li().ah(Links.pageName(example)).tx(ResourceTitle.of(example)));
    }
    return page;
  }

  private void elements(XhtmlNode page, StructureDefinition definition) {
    Set<String> constrained = definition.getDifferential().getElement().stream()
        .map(ElementDefinition::getId).collect(Collectors.toSet());
    XhtmlNode table = page.table("elements");
    XhtmlNode header = table.tr();
    List.of("Element", "Card.", "Type", "S", "Binding", "Fixed / pattern", "Description")
        .forEach(title -> header.th().tx(title));
    for (ElementDefinition element : definition.getSnapshot().getElement()) {
      XhtmlNode row = table.tr();
      if (constrained.contains(element.getId())) {
        row.clss("constrained");
      }
      if ("0".equals(element.getMax())) {
        row.clss("prohibited");
      }
      XhtmlNode name = row.td();
      name.style("padding-left:" + depth(element) + "em");
      name.tx(element.hasSliceName() ? element.getPath() + ":" + element.getSliceName() : element.getPath());
      row.td().tx(element.getMin() + ".." + element.getMax());
      types(row.td(), element.getType());
      row.td().tx(element.getMustSupport() ? "S" : "");
      binding(row.td(), element.getBinding());
      row.td().code().tx(fixedOrPattern(element));
      row.td().tx(element.getShort());
    }
  }

  private void types(XhtmlNode cell, List<TypeRefComponent> types) {
    for (TypeRefComponent type : types) {
      XhtmlNode line = cell.div();
      line.tx(type.getCode());
      profiles(line, type.getProfile());
      profiles(line, type.getTargetProfile());
    }
  }

  private void profiles(XhtmlNode line, List<CanonicalType> profiles) {
    if (profiles.isEmpty()) {
      return;
    }
    line.tx(" (");
    for (int i = 0; i < profiles.size(); i++) {
      line.tx(i == 0 ? "" : " | ");
      links.canonical(line, profiles.get(i).getValue());
    }
    line.tx(")");
  }

  private void binding(XhtmlNode cell, ElementDefinitionBindingComponent binding) {
    if (binding.hasValueSet()) {
      cell.tx(binding.getStrength().toCode() + ": ");
      links.canonical(cell, binding.getValueSet());
    }
  }

  private String fixedOrPattern(ElementDefinition element) {
    if (element.hasFixed()) {
      return "fixed " + valueText(element.getFixed());
    }
    return element.hasPattern() ? "pattern " + valueText(element.getPattern()) : "";
  }

  private String valueText(Type value) {
    return value.isPrimitive() ? value.primitiveValue() : fhir.newJsonParser().encodeToString(value);
  }

  private static int depth(ElementDefinition element) {
    return (int) element.getPath().chars().filter(c -> c == '.').count();
  }

  private static boolean ofExtension(StructureDefinition definition) {
    return "Extension".equals(definition.getType());
  }
}
