package org.ecmh.ig.build;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecmh.ig.build.config.IgConfig;
import org.ecmh.ig.build.content.GeneratedResources;
import org.ecmh.ig.build.content.IgContent;
import org.ecmh.ig.build.npm.PackageWriter;
import org.ecmh.ig.build.site.SiteWriter;
import org.ecmh.ig.build.snapshot.SnapshotGenerator;
import org.ecmh.ig.build.support.IgValidationSupport;
import org.ecmh.ig.build.validate.GuideValidation;
import org.ecmh.ig.build.validate.ValidationReport;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Turns SUSHI's output into the published guide: snapshots, validation (any error fails the build), the FHIR
 * package and the human-readable site.
 *
 * <p>Usage: {@code IgBuild --sushi-config <file> --generated <folder> --pages <folder> --output <folder>
 * --report <file>}; writes {@code <output>/package.tgz} and {@code <output>/site/}.
 */
public final class IgBuild {

  private final FhirContext fhir = FhirContext.forR4Cached();

  public static void main(String[] args) throws IOException {
    Map<String, Path> options = options(args);
    boolean published = new IgBuild().run(options.get("--sushi-config"), options.get("--generated"),
        options.get("--pages"), options.get("--output"), options.get("--report"));
    if (!published) {
      System.exit(1);
    }
  }

  /** Returns false, and publishes nothing, when the guide has errors. */
  public boolean run(Path sushiConfig, Path generated, Path pages, Path output, Path reportFile) throws IOException {
    long start = System.currentTimeMillis();
    IgConfig config = IgConfig.read(sushiConfig);
    IgContent content = IgContent.assemble(fhir, config, GeneratedResources.read(fhir, generated));
    ValidationReport report = new ValidationReport();

    List<StructureDefinition> withSnapshots = new SnapshotGenerator(IgValidationSupport.create(fhir, content))
        .generate(content.structureDefinitions(), report);
    content = content.withDefinitions(withSnapshots);
    new GuideValidation(fhir, IgValidationSupport.create(fhir, content)).validate(content, report);

    System.out.println("IG " + config.packageId() + "#" + config.version() + ": " + content.definitions().size()
        + " definitions, " + content.examples().size() + " examples");
    report.printSummary(System.out);
    report.write(reportFile);
    if (report.hasErrors()) {
      System.out.println("IG not published; every finding is in " + reportFile);
      return false;
    }
    new PackageWriter(fhir).write(config, content, output.resolve("package.tgz"));
    new SiteWriter(fhir).write(config, content, pages, output.resolve("site"));
    System.out.println("IG published to " + output + " in " + (System.currentTimeMillis() - start) + " ms");
    return true;
  }

  private static Map<String, Path> options(String[] args) {
    List<String> names = List.of("--sushi-config", "--generated", "--pages", "--output", "--report");
    Map<String, Path> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], Path.of(args[i + 1]));
    }
    if (!options.keySet().containsAll(names)) {
      throw new IllegalArgumentException("usage: IgBuild " + String.join(" <path> ", names) + " <path>");
    }
    return options;
  }
}
