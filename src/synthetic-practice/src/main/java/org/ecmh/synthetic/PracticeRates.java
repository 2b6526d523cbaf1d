package org.ecmh.synthetic;

/**
 * Shares and delays that shape the generated practice. They are assumptions chosen to look like a
 * mid-sized pediatric practice running the integrated model, not figures from a source (instrument positive
 * rates, which are sourced, live in {@link Instrument}).
 *
 * @param secondChild          share of families with two children under six (default 0.30)
 * @param secondCaregiver      share of families with a second caregiver (default 0.60)
 * @param birthMother          share of families whose primary caregiver is the birth mother, who is offered
 *                             the EPDS at the infant visits (default 0.90)
 * @param visitAttended        share of scheduled well visits that happen (default 0.85)
 * @param positiveReferred     share of positive screens that lead to a referral (default 0.80)
 * @param promotionConsult     share of well visits where the family partner joins (promotion tier, default 0.20)
 * @param accompaniment        share of referrals to partner agencies where the family partner accompanies
 *                             the family (community setting, default 0.30)
 * @param rejectedByReceiver   share of referrals the receiver rejects (default 0.06)
 * @param unreachable          share of accepted referrals where the family cannot be reached (default 0.15)
 * @param declinedByFamily     share of accepted referrals the family declines (default 0.08)
 * @param waitlisted           share of engaged partner referrals put on a wait list (default 0.10)
 * @param meanDaysToAccept     mean days from sending a referral to the receiver's answer (default 3)
 * @param meanDaysToContact    mean days from acceptance to reaching the family (default 5)
 * @param meanDaysToFirstVisit mean days from reaching the family to the first visit (default 12)
 * @param meanDaysToComplete   mean days from the first visit to completing the referral (default 60)
 * @param daysBetweenVisits    days between follow-up visits of an engaged family (default 14)
 * @param maxFollowUpVisits    most follow-up visits after the first (default 6)
 * @param routineDueDays       days within which a routine referral should reach its first contact (default 30)
 */
public record PracticeRates(
		double secondChild,
		double secondCaregiver,
		double birthMother,
		double visitAttended,
		double positiveReferred,
		double promotionConsult,
		double accompaniment,
		double rejectedByReceiver,
		double unreachable,
		double declinedByFamily,
		double waitlisted,
		double meanDaysToAccept,
		double meanDaysToContact,
		double meanDaysToFirstVisit,
		double meanDaysToComplete,
		int daysBetweenVisits,
		int maxFollowUpVisits,
		int routineDueDays) {

	public static final PracticeRates DEFAULTS = new PracticeRates(
			0.30, 0.60, 0.90, 0.85, 0.80, 0.20, 0.30,
			0.06, 0.15, 0.08, 0.10,
			3, 5, 12, 60, 14, 6, 30);
}
