package org.ecmh.ig.build.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecmh.ig.build.FixtureIg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  @TempDir
  static Path site;

  @BeforeAll
  static void writeSite() throws IOException {
    FixtureIg fixture = FixtureIg.get();
    new SiteWriter(FixtureIg.FHIR).write(fixture.config, fixture.content, FixtureIg.ROOT.resolve("input/pagecontent"), site);
  }

  @Test
  void theProfilePageShowsMustSupportElementsAndLinksItsExample() throws IOException {
    String page = Files.readString(site.resolve("StructureDefinition-fixture-encounter.html"));

    assertThat(page).contains("An encounter that must name its subject and its service tier.");
    assertThat(page).containsPattern("Encounter\\.subject</td>\\s*<td>1\\.\\.1</td>[\\s\\S]*?<td>S</td>");
    assertThat(page).contains("Encounter.extension:serviceTier");
    assertThat(page).contains("pattern {\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"HH\"}");
    assertThat(page).contains("href=\"Encounter-fixture-encounter-example.html\"");
  }

  @Test
  void theExtensionPageShowsItsRequiredBindingLinkedToTheValueSet() throws IOException {
    String page = Files.readString(site.resolve("StructureDefinition-fixture-service-tier.html"));

    assertThat(page).containsPattern("required:\\s*<a href=\"ValueSet-fixture-tier-vs.html\">fixture-tier-vs</a>");
  }

  @Test
  void theIndexRendersTheNarrativeMarkdownAndListsEveryArtifact() throws IOException {
    String index = Files.readString(site.resolve("index.html"));

    assertThat(index).contains("<strong>only</strong>").contains("<table>");
    assertThat(index).contains("CodeSystem-fixture-tier.html", "ValueSet-fixture-tier-vs.html",
        "StructureDefinition-fixture-service-tier.html", "Encounter-fixture-encounter-example.html");
    assertThat(site.resolve("style.css")).exists();
    assertThat(index).doesNotContain("<script");
  }
}
