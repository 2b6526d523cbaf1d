package org.ecmh.fhir.ig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
 * @param validatorPool        how HL7 validator instances are reused (see {@link PooledInstanceValidator})
 * @param transactionCheckThreads how many entries of a transaction are checked against the profiles at once,
 *                             while earlier entries are stored (0: one per processor; 1: each entry as it is stored)
 */
@Validated
@ConfigurationProperties("ecmh.ig")
public record IgProperties(
		@NotBlank String packageLocation,
		boolean installOnStart,
		@NotEmpty List<String> installResourceTypes,
		boolean strict,
		@Valid @NotNull ValidatorPool validatorPool,
		@PositiveOrZero int transactionCheckThreads) {

	/**
	 * @param usesPerValidator how many resources one validator instance checks before a fresh one replaces it
	 * @param maxIdle          how many validator instances are kept between requests; more validations at once
	 *                         build extra ones, dropped after use
	 */
	public record ValidatorPool(@Positive int usesPerValidator, @Positive int maxIdle) {}
}
