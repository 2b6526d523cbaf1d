package org.ecmh.ig.build.cache;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecmh.ig.build.npm.PackageManifest;
import org.ecmh.ig.build.npm.PackageWriter;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackageIndexBuilder;
import org.hl7.fhir.utilities.npm.PackageGenerator.PackageType;

/**
 * Makes the {@code hl7.fhir.r4.core#4.0.1} package that SUSHI needs in its package cache. The FHIR package
 * registry is not reachable from our build machines, so the package is rebuilt from the core definitions that
 * HAPI ships in hapi-fhir-validation-resources-r4.
 *
 * <p>Usage: {@code CorePackageCache <fhir-home>}; the package lands in
 * {@code <fhir-home>/.fhir/packages/hl7.fhir.r4.core#4.0.1/package/}, which is where SUSHI looks when
 * {@code HOME=<fhir-home>}.
 */
public final class CorePackageCache {

  static final String PACKAGE_NAME = "hl7.fhir.r4.core";

  /** The bundles of hapi-fhir-validation-resources-r4 that together make up the core package. */
  private static final List<String> CORE_BUNDLES = List.of(
      "/org/hl7/fhir/r4/model/profile/profiles-types.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-resources.xml",
      "/org/hl7/fhir/r4/model/profile/profiles-others.xml",
      "/org/hl7/fhir/r4/model/extension/extension-definitions.xml",
      "/org/hl7/fhir/r4/model/valueset/valuesets.xml",
      "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
      "/org/hl7/fhir/r4/model/valueset/v2-tables.xml",
      "/org/hl7/fhir/r4/model/sp/search-parameters.json");

  private final FhirContext fhir;

  public CorePackageCache(FhirContext fhir) {
    this.fhir = fhir;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CorePackageCache <fhir-home>");
    }
    Path packageFolder = packageFolder(Path.of(args[0]));
    if (Files.exists(packageFolder.resolve("package.json"))) {
      System.out.println("FHIR core package cache present: " + packageFolder);
      return;
    }
    int count = new CorePackageCache(FhirContext.forR4Cached()).write(packageFolder);
    System.out.println("FHIR core package cache written: " + count + " resources in " + packageFolder);
  }

  /** Where a package cache rooted at a home folder keeps the core package. */
  public static Path packageFolder(Path fhirHome) {
    return fhirHome.resolve(".fhir/packages/" + PACKAGE_NAME + "#" + PackageManifest.FHIR_VERSION + "/package");
  }

  /**
   * Writes the package into a temporary sibling folder first and renames it at the end, so an interrupted run
   * never leaves a half-written cache that a later build would take as complete.
   */
  public int write(Path packageFolder) throws IOException {
    Path staging = Files.createTempDirectory(Files.createDirectories(packageFolder.getParent()), "staging");
    int count = 0;
    IParser json = fhir.newJsonParser();
    for (String bundle : CORE_BUNDLES) {
      for (Bundle.BundleEntryComponent entry : readBundle(bundle).getEntry()) {
        Resource resource = entry.getResource();
        Files.writeString(staging.resolve(PackageWriter.fileName(resource)), json.encodeResourceToString(resource), StandardCharsets.UTF_8);
        count++;
      }
    }
    PackageManifest manifest =
        new PackageManifest(PACKAGE_NAME, PackageManifest.FHIR_VERSION, PackageType.CORE, null, null, Map.of());
    Files.write(staging.resolve("package.json"), manifest.toJson());
    new NpmPackageIndexBuilder().executeWithStatus(staging.toString());
    Files.move(staging, packageFolder);
    return count;
  }

  private Bundle readBundle(String classpathName) throws IOException {
    try (InputStream in = CorePackageCache.class.getResourceAsStream(classpathName)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + classpathName + " (hapi-fhir-validation-resources-r4)");
      }
      InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      IParser parser = classpathName.endsWith(".json") ? fhir.newJsonParser() : fhir.newXmlParser();
      return parser.parseResource(Bundle.class, reader);
    }
  }
}
