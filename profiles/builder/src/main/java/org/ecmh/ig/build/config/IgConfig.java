package org.ecmh.ig.build.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the build needs to know about the guide as a whole. SUSHI's {@code sushi-config.yaml} is the one place
 * where package id, version and canonical are set; everything the builder writes takes them from here.
 */
public record IgConfig(
    String packageId, String version, String canonical, String name, String title, String description,
    String status, String publisher) {

  public static IgConfig read(Path sushiConfig) throws IOException {
    JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(sushiConfig.toFile());
    return new IgConfig(
        required(yaml, "id", sushiConfig),
        required(yaml, "version", sushiConfig),
        stripTrailingSlash(required(yaml, "canonical", sushiConfig)),
        yaml.path("name").asText(null),
        yaml.path("title").asText(null),
        yaml.path("description").asText(null),
        yaml.path("status").asText("active"),
        publisherName(yaml.path("publisher")));
  }

  /** The canonical URL of the ImplementationGuide resource, as SUSHI would build it. */
  public String implementationGuideUrl() {
    return canonical + "/ImplementationGuide/" + packageId;
  }

  private static String required(JsonNode yaml, String field, Path file) {
    String value = yaml.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(file + " must set '" + field + "'");
    }
    return value;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** SUSHI accepts the publisher as a name, an object with a name, or a list of such objects. */
  private static String publisherName(JsonNode publisher) {
    JsonNode first = publisher.isArray() ? publisher.path(0) : publisher;
    return first.isTextual() ? first.asText() : first.path("name").asText(null);
  }
}
