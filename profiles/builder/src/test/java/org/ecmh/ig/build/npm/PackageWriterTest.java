package org.ecmh.ig.build.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecmh.ig.build.FixtureIg;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageWriterTest {

  @Test
  void thePackageRoundTripsThroughTheFhirPackageReader(@TempDir Path folder) throws IOException {
    FixtureIg fixture = FixtureIg.get();
    Path target = folder.resolve("package.tgz");

    new PackageWriter(FixtureIg.FHIR).write(fixture.config, fixture.content, target);

    try (InputStream in = Files.newInputStream(target)) {
      NpmPackage npm = NpmPackage.fromPackage(in);
      assertThat(npm.name()).isEqualTo("example.fixture");
      assertThat(npm.version()).isEqualTo("0.0.1");
      assertThat(npm.canonical()).isEqualTo("http://example.org/fhir/fixture");
      assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
      assertThat(npm.dependencies()).containsExactly("hl7.fhir.r4.core#4.0.1");
      assertThat(npm.listResources("StructureDefinition")).containsExactlyInAnyOrder(
          "StructureDefinition-fixture-encounter.json", "StructureDefinition-fixture-service-tier.json");
      assertThat(npm.listResources("ImplementationGuide", "ValueSet", "CodeSystem")).hasSize(3);
      assertThat(npm.loadExampleResource("Encounter", "fixture-encounter-example")).isNotNull();

      StructureDefinition profile = (StructureDefinition) FixtureIg.FHIR.newJsonParser()
          .parseResource(npm.loadResource("StructureDefinition", "fixture-encounter"));
      assertThat(profile.getSnapshot().getElement()).isNotEmpty();
    }
  }
}
