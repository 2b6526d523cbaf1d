package org.ecmh.fhir.server;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR REST API as clients see it ({@code ecmh.fhir.*} in application.yaml).
 *
 * @param path                 servlet path of the FHIR base URL, e.g. {@code /fhir}
 * @param serverName           name in CapabilityStatement.software
 * @param defaultPageSize      search page size when a client gives no {@code _count}
 * @param maxPageSize          largest {@code _count} honoured
 * @param searchCacheReuse     how long an identical search reuses cached results (0 turns the cache off)
 * @param maxRequestBody       largest request body accepted; larger ones get 413 with an OperationOutcome
 */
@Validated
@ConfigurationProperties("ecmh.fhir")
public record FhirServerProperties(
		@NotBlank String path,
		@NotBlank String serverName,
		@Min(1) int defaultPageSize,
		@Min(1) int maxPageSize,
		@NotNull Duration searchCacheReuse,
		@NotNull DataSize maxRequestBody) {

	/** The servlet mapping of the FHIR endpoint, e.g. {@code /fhir/*}. */
	public String urlMapping() {
		return path + "/*";
	}
}
