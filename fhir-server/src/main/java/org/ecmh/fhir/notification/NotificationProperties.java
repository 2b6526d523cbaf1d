package org.ecmh.fhir.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * FHIR Subscriptions ({@code ecmh.notification.*} in application.yaml).
 *
 * @param enabled match stored changes against active R4 Subscriptions and deliver rest-hook notifications
 *                in-process; when off, Subscriptions can still be stored but nothing is delivered
 */
@ConfigurationProperties("ecmh.notification")
public record NotificationProperties(boolean enabled) {}
