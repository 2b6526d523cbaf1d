package org.ecmh.synthetic;

/** Tiers of the integrated model (ECMH service-tier code system). */
enum ServiceTier {
	PROMOTION("promotion"),
	PREVENTION("prevention"),
	INTERVENTION("intervention");

	final String code;

	ServiceTier(String code) {
		this.code = code;
	}
}
