package org.ecmh.ig.build.content;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;

/** Reads the resources that SUSHI wrote, one JSON file each. */
public final class GeneratedResources {

  private GeneratedResources() {}

  public static List<Resource> read(FhirContext fhir, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("SUSHI output not found: " + folder);
    }
    List<Resource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try (Reader reader = Files.newBufferedReader(file)) {
          resources.add((Resource) fhir.newJsonParser().parseResource(reader));
        }
      }
    }
    return resources;
  }
}
