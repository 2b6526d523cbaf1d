package org.ecmh.ig.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecmh.ig.build.cache.CorePackageCache;
import org.ecmh.ig.build.config.IgConfig;
import org.ecmh.ig.build.content.GeneratedResources;
import org.ecmh.ig.build.content.IgContent;
import org.ecmh.ig.build.snapshot.SnapshotGenerator;
import org.ecmh.ig.build.support.IgValidationSupport;
import org.ecmh.ig.build.validate.ValidationReport;

/**
 * The fixture guide in src/test/resources/fixture-ig, loaded once per test JVM with snapshots and a validation
 * chain, as the build does it. Surefire points user.home at target/fhir-home, where the core package the
 * validator needs is made on first use.
 */
public final class FixtureIg {

  public static final Path ROOT = Path.of("src/test/resources/fixture-ig");
  public static final String PROFILE_URL = "http://example.org/fhir/fixture/StructureDefinition/fixture-encounter";
  public static final String EXTENSION_URL =
      "http://example.org/fhir/fixture/StructureDefinition/fixture-service-tier";

  public static final FhirContext FHIR = FhirContext.forR4Cached();
  private static FixtureIg instance;

  public final IgConfig config;
  public final IgContent content;
  public final IValidationSupport support;

  private FixtureIg() throws IOException {
    Path fhirHome = Path.of(System.getProperty("user.home"));
    if (!Files.exists(CorePackageCache.packageFolder(fhirHome).resolve("package.json"))) {
      new CorePackageCache(FHIR).write(CorePackageCache.packageFolder(fhirHome));
    }
    config = IgConfig.read(ROOT.resolve("sushi-config.yaml"));
    IgContent differentials = IgContent.assemble(FHIR, config, GeneratedResources.read(FHIR, ROOT.resolve("generated")));
    ValidationReport report = new ValidationReport();
    content = differentials.withDefinitions(new SnapshotGenerator(IgValidationSupport.create(FHIR, differentials))
        .generate(differentials.structureDefinitions(), report));
    if (report.hasErrors()) {
      throw new IllegalStateException("fixture snapshots failed: " + report.errors());
    }
    support = IgValidationSupport.create(FHIR, content);
  }

  public static synchronized FixtureIg get() {
    if (instance == null) {
      try {
        instance = new FixtureIg();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
