package org.ecmh.synthetic;

import java.util.List;
import java.util.Map;
import org.ecmh.synthetic.Practice.Partner;

/**
 * Where a positive screen is referred: the ECMH referral target, who receives it, its tier, and the kind of
 * contact that carries it out inside the practice (none for a partner agency, which serves the family itself).
 */
enum ReferralRoute {
	URGENT_SAFETY("urgent-safety-assessment", Practice.CLINICIAN, ServiceTier.INTERVENTION, "clinician-visit", true),
	ECMH_CLINICIAN("ecmh-clinician", Practice.CLINICIAN, ServiceTier.INTERVENTION, "clinician-visit", false),
	FAMILY_PARTNER("family-partner", Practice.FAMILY_PARTNER, ServiceTier.PREVENTION, "family-partner-visit", false),
	PARENT_GROUP("parent-group", Practice.FAMILY_PARTNER, ServiceTier.PREVENTION, "parent-group-attendance", false),
	EARLY_INTERVENTION("early-intervention", Partner.EARLY_INTERVENTION.reference(), ServiceTier.INTERVENTION, null, false),
	COMMUNITY_MENTAL_HEALTH("community-mental-health", Partner.COMMUNITY_MENTAL_HEALTH.reference(), ServiceTier.INTERVENTION, null, false),
	EARLY_EDUCATION("early-education", Partner.EARLY_EDUCATION.reference(), ServiceTier.PREVENTION, null, false),
	CONCRETE_NEEDS("concrete-needs", Partner.FOOD_RESOURCE.reference(), ServiceTier.PREVENTION, null, false),
	HUMAN_SERVICES("human-services", Partner.HUMAN_SERVICES.reference(), ServiceTier.PREVENTION, null, false);

	/** Routes for each score, drawn with equal chance; repeated entries weigh a route more (an assumption). */
	private static final Map<String, List<ReferralRoute>> BY_SCORE = Map.of(
			"epds-self-harm", List.of(URGENT_SAFETY),
			"epds-total", List.of(ECMH_CLINICIAN, ECMH_CLINICIAN, FAMILY_PARTNER, COMMUNITY_MENTAL_HEALTH),
			"phq2-total", List.of(ECMH_CLINICIAN, FAMILY_PARTNER),
			"ppsc-total", List.of(FAMILY_PARTNER, FAMILY_PARTNER, ECMH_CLINICIAN, PARENT_GROUP, EARLY_EDUCATION),
			"mchatr-total", List.of(EARLY_INTERVENTION),
			"hvs-risk", List.of(CONCRETE_NEEDS, HUMAN_SERVICES));
	private static final List<ReferralRoute> BABY_BEHAVIOUR = List.of(FAMILY_PARTNER, FAMILY_PARTNER, ECMH_CLINICIAN, PARENT_GROUP);

	final String target;
	final String performer;
	final ServiceTier tier;
	final String encounterType;
	final boolean urgent;

	ReferralRoute(String target, String performer, ServiceTier tier, String encounterType, boolean urgent) {
		this.target = target;
		this.performer = performer;
		this.tier = tier;
		this.encounterType = encounterType;
		this.urgent = urgent;
	}

	static List<ReferralRoute> forScore(String scoreCode) {
		return scoreCode.startsWith("bpsc-") ? BABY_BEHAVIOUR : BY_SCORE.get(scoreCode);
	}

	/** True when the practice's own team serves the referral (and records its contacts). */
	boolean inPractice() {
		return encounterType != null;
	}
}
