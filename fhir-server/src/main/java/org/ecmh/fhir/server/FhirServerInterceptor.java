package org.ecmh.fhir.server;

/**
 * Marks a bean as a HAPI interceptor of the FHIR REST endpoint (hooks annotated with {@code @Hook}).
 * Feature packages implement it so the endpoint picks them up without this package knowing them.
 */
public interface FhirServerInterceptor {}
