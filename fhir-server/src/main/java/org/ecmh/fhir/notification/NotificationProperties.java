package org.ecmh.fhir.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * FHIR Subscriptions ({@code ecmh.notification.*} in application.yaml).
 *
 * @param enabled match stored changes against active R4 Subscriptions and deliver rest-hook notifications
 *                in-process; when off, Subscriptions can still be stored but nothing is delivered
 * @param subscribedTypesRefresh how stale this instance's list of the resource types stored Subscriptions name
 *                may get (changes of a type no Subscription names are not matched at all); a Subscription
 *                created through this instance counts at once, one created through another within this time
 */
@ConfigurationProperties("ecmh.notification")
public record NotificationProperties(boolean enabled, Duration subscribedTypesRefresh) {}
