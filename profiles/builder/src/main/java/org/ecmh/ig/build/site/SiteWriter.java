package org.ecmh.ig.build.site;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecmh.ig.build.config.IgConfig;
import org.ecmh.ig.build.content.IgContent;
import org.ecmh.ig.build.content.ResourceTitle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Writes the human-readable guide: the narrative pages from Markdown, an index of every artifact, and one
 * page per resource. Static HTML and one stylesheet; nothing is fetched when it is read.
 */
public final class SiteWriter {

  private static final String HOME_PAGE = "index";

  private final FhirContext fhir;
  private final Markdown markdown = new Markdown();

  public SiteWriter(FhirContext fhir) {
    this.fhir = fhir;
  }

  public void write(IgConfig config, IgContent content, Path pages, Path site) throws IOException {
    Files.createDirectories(site);
    PageLayout layout = new PageLayout(config);
    Links links = new Links(content);
    StructureDefinitionPage structureDefinitions = new StructureDefinitionPage(fhir, links, markdown);
    TerminologyPage terminology = new TerminologyPage(links, markdown);
    QuestionnairePage questionnaires = new QuestionnairePage(links, markdown);
    ResourceJsonPage json = new ResourceJsonPage(fhir, links);

    Map<String, String> narratives = narratives(pages);
    for (Map.Entry<String, String> narrative : narratives.entrySet()) {
      if (!narrative.getKey().equals(HOME_PAGE)) {
        write(site, narrative.getKey() + ".html", layout.page(narrative.getKey(), markdown.toHtml(narrative.getValue())));
      }
    }
    write(site, PageLayout.INDEX, layout.page("Home", markdown.toHtml(narratives.getOrDefault(HOME_PAGE, ""))
        + index(content, narratives)));

    for (Resource resource : Stream.concat(content.definitions().stream(), content.examples().stream()).toList()) {
      XhtmlNode body;
      if (resource instanceof StructureDefinition definition) {
        body = structureDefinitions.render(definition, examplesUsing(content, definition));
      } else if (resource instanceof ValueSet valueSet) {
        body = terminology.render(valueSet);
      } else if (resource instanceof CodeSystem codeSystem) {
        body = terminology.render(codeSystem);
      } else if (resource instanceof Questionnaire questionnaire) {
        body = questionnaires.render(questionnaire);
      } else {
        body = json.render(resource);
      }
      write(site, Links.pageName(resource), layout.page(ResourceTitle.of(resource), body));
    }
    try (InputStream stylesheet = SiteWriter.class.getResourceAsStream(PageLayout.STYLESHEET)) {
      Files.copy(stylesheet, site.resolve(PageLayout.STYLESHEET), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Profiles list the examples that claim them; extensions, the examples that use them. */
  private List<Resource> examplesUsing(IgContent content, StructureDefinition definition) {
    if (!IgContent.isExtension(definition)) {
      return content.instancesOf(definition.getUrl());
    }
    String quotedUrl = "\"" + definition.getUrl() + "\"";
    return content.examples().stream()
        .filter(example -> fhir.newJsonParser().encodeResourceToString(example).contains(quotedUrl))
        .toList();
  }

  /** The Markdown pages by file name without extension, in name order. */
  private static Map<String, String> narratives(Path pages) throws IOException {
    Map<String, String> narratives = new TreeMap<>();
    if (Files.isDirectory(pages)) {
      try (Stream<Path> files = Files.list(pages)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          String name = file.getFileName().toString();
          narratives.put(name.substring(0, name.length() - ".md".length()), Files.readString(file));
        }
      }
    }
    return narratives;
  }

  private String index(IgContent content, Map<String, String> narratives) {
    XhtmlNode index = PageLayout.body();
    List<String> otherPages = new ArrayList<>(narratives.keySet());
    otherPages.remove(HOME_PAGE);
    if (!otherPages.isEmpty()) {
      index.h2().tx("Pages");
      XhtmlNode list = index.ul();
      otherPages.forEach(page -> list.li().ah(page + ".html").tx(page));
    }
    List<StructureDefinition> structureDefinitions = content.structureDefinitions();
    section(index, "Profiles", content.profiles());
    section(index, "Extensions", structureDefinitions.stream().filter(IgContent::isExtension).toList());
    section(index, "Value sets", content.definitionsOf(ValueSet.class));
    section(index, "Code systems", content.definitionsOf(CodeSystem.class));
    section(index, "Questionnaires", content.definitionsOf(Questionnaire.class));
    section(index, "Other definitions", content.definitions().stream()
        .filter(r -> !(r instanceof StructureDefinition || r instanceof ValueSet || r instanceof CodeSystem
            || r instanceof Questionnaire))
        .toList());
    section(index, "Examples", content.examples());
    return PageLayout.html(index);
  }

  private void section(XhtmlNode index, String heading, List<? extends Resource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    index.h2().tx(heading);
    XhtmlNode table = index.table("artifacts");
    for (Resource resource : resources) {
      XhtmlNode row = table.tr();
      row.td().ah(Links.pageName(resource)).tx(ResourceTitle.of(resource));
      row.td().tx(ResourceTitle.description(resource));
    }
  }

  private static void write(Path site, String fileName, String html) throws IOException {
    Files.writeString(site.resolve(fileName), html);
  }
}
