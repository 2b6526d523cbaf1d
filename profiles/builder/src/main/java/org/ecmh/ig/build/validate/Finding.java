package org.ecmh.ig.build.validate;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.ecmh.ig.build.content.IgContent;
import org.hl7.fhir.r4.model.Resource;

/** One problem found in one resource: where ({@code location} is a FHIRPath into it) and what. */
public record Finding(ResultSeverityEnum severity, String resource, String location, String message) {

  public static Finding error(Resource resource, String location, String message) {
    return new Finding(ResultSeverityEnum.ERROR, IgContent.key(resource), location, message);
  }

  public boolean isError() {
    return severity == ResultSeverityEnum.ERROR || severity == ResultSeverityEnum.FATAL;
  }

  @Override
  public String toString() {
    return severity.getCode().toUpperCase() + " " + resource + " @ " + location + ": " + message;
  }
}
