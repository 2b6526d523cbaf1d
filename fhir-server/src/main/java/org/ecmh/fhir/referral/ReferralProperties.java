package org.ecmh.fhir.referral;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Referral rules and the closed loop ({@code ecmh.referral.*} in application.yaml).
 *
 * @param overdueAfter how long an open referral Task (requested, accepted, in-progress) may go without
 *                     progress before {@code Task/$overdue} lists it; whole days ({@code 14} or {@code 14d})
 * @param autoPropose  when a positive screening result is stored, let the referral rules write draft
 *                     referrals and draft Tasks for a clinician to confirm (never active orders)
 * @param proposer     the requester named on auto-proposed drafts until a clinician confirms them, e.g.
 *                     {@code Organization/<practice>}; required when auto-propose is on
 */
@Validated
@ConfigurationProperties("ecmh.referral")
public record ReferralProperties(
		@NotNull @DurationMin(days = 1) @DurationUnit(ChronoUnit.DAYS) Duration overdueAfter,
		boolean autoPropose,
		String proposer) {

	@AssertTrue(message = "ecmh.referral.proposer must name who requests auto-proposed referrals (e.g. Organization/<practice>) when ecmh.referral.auto-propose is true")
	public boolean isProposerNamedWhenAutoProposing() {
		return !autoPropose || (proposer != null && proposer.contains("/"));
	}
}
