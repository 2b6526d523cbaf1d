package org.ecmh.ig.build.npm;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecmh.ig.build.config.IgConfig;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.npm.PackageGenerator.PackageType;

/**
 * Writes the guide as a standard FHIR NPM package (gzip tar): definitions in {@code package/}, examples in
 * {@code package/example/}; NpmPackage adds each folder's {@code .index.json} as it saves.
 */
public final class PackageWriter {

  /** The package folder that holds examples, apart from the definitions that installers load. */
  static final String EXAMPLE_FOLDER = "example";
  private static final String DEFINITION_FOLDER = "package";

  private final FhirContext fhir;

  public PackageWriter(FhirContext fhir) {
    this.fhir = fhir;
  }

  public static PackageManifest manifest(IgConfig config) {
    return new PackageManifest(config.packageId(), config.version(), PackageType.IG, config.canonical(),
        config.title(), Map.of("hl7.fhir.r4.core", PackageManifest.FHIR_VERSION));
  }

  public void write(IgConfig config, IgContent content, Path target) throws IOException {
    NpmPackage npm = NpmPackage.empty(manifest(config).generator());
    add(npm, DEFINITION_FOLDER, content.guide());
    content.definitions().forEach(definition -> add(npm, DEFINITION_FOLDER, definition));
    content.examples().forEach(example -> add(npm, EXAMPLE_FOLDER, example));
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      npm.save(out);
    }
  }

  public static String fileName(Resource resource) {
    return resource.fhirType() + "-" + resource.getIdPart() + ".json";
  }

  private void add(NpmPackage npm, String folder, Resource resource) {
    byte[] json = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource)
        .getBytes(StandardCharsets.UTF_8);
    npm.addFile(folder, fileName(resource), json, resource.fhirType());
  }
}
