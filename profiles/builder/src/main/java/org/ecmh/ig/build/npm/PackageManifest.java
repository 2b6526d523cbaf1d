package org.ecmh.ig.build.npm;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.utilities.json.parser.JsonParser;
import org.hl7.fhir.utilities.npm.PackageGenerator;
import org.hl7.fhir.utilities.npm.PackageGenerator.PackageType;

/** The {@code package/package.json} of a FHIR NPM package, made with the FHIR core library's generator. */
public record PackageManifest(
    String name, String version, PackageType kind, String canonical, String title, Map<String, String> dependencies) {

  /** Every package we read or write is FHIR R4. */
  public static final String FHIR_VERSION = "4.0.1";

  public PackageGenerator generator() {
    PackageGenerator generator = new PackageGenerator()
        .name(name)
        .version(version)
        .kind(kind)
        .fhirVersions(List.of(FHIR_VERSION));
    if (title != null) {
      generator.description(title);
      generator.getRootJsonObject().add("title", title);
    }
    dependencies.forEach(generator::dependency);
    if (canonical != null) {
      generator.getRootJsonObject().add("canonical", canonical);
    }
    return generator;
  }

  /** Composed directly: PackageGenerator's own commit() prefixes a byte-order mark that Node tools reject. */
  public byte[] toJson() {
    return JsonParser.composeBytes(generator().getRootJsonObject(), true);
  }
}
