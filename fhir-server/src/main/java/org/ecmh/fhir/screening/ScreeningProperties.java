package org.ecmh.fhir.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Screening scores ({@code ecmh.screening.*}).
 *
 * @param scoreOnWrite score every response to an ECMH screening Questionnaire as it is stored: check or fill
 *                     its totals and store its result Observations. Off, responses are stored as sent and
 *                     {@code QuestionnaireResponse/$extract} still computes results on request.
 */
@ConfigurationProperties("ecmh.screening")
public record ScreeningProperties(boolean scoreOnWrite) {}
