package org.ecmh.fhir.ig;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The ECMH implementation guide as the server uses it ({@code ecmh.ig.*}).
 *
 * @param packageLocation      the IG's FHIR package, built into the server from {@code profiles/}
 * @param installOnStart       install the package's conformance resources at start-up (no network needed)
 * @param installResourceTypes which resource types of the package are installed into the repository
 * @param strict               require our resource types to claim one of our profiles, not only to conform
 *                             when they claim one
 */
@Validated
@ConfigurationProperties("ecmh.ig")
public record IgProperties(
		@NotBlank String packageLocation,
		boolean installOnStart,
		@NotEmpty List<String> installResourceTypes,
		boolean strict) {}
