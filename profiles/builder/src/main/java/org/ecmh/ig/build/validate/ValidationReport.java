package org.ecmh.ig.build.validate;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Everything the build found wrong with the guide; errors fail the build, warnings are listed. */
public final class ValidationReport {

  private final List<Finding> findings = new ArrayList<>();

  public void add(Finding finding) {
    findings.add(finding);
  }

  public void addAll(List<Finding> more) {
    findings.addAll(more);
  }

  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == ResultSeverityEnum.WARNING).toList();
  }

  public boolean hasErrors() {
    return !errors().isEmpty();
  }

  /** A short console summary: every error, and warnings only counted by message (they repeat a lot). */
  public void printSummary(PrintStream out) {
    Map<String, Long> warningCounts = warnings().stream()
        .collect(Collectors.groupingBy(ValidationReport::warningKind, TreeMap::new, Collectors.counting()));
    warningCounts.forEach((kind, count) -> out.println("  warning x" + count + ": " + kind));
    errors().forEach(error -> out.println("  " + error));
    out.println("IG validation: " + errors().size() + " error(s), " + warnings().size() + " warning(s)");
  }

  /** The full list, for whoever needs to read every warning. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, findings.stream().map(Finding::toString).toList());
  }

  /** Warnings about unknown code systems differ only in the code; count them as one kind. */
  private static String warningKind(Finding warning) {
    String message = warning.message();
    return message.length() > 120 ? message.substring(0, 120) + "..." : message;
  }
}
