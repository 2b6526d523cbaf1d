package org.ecmh.fhir.screening;

import java.math.BigDecimal;
import java.util.Arrays;

/** How a score is compared with a band's cut-off (code system ecmh-comparator). */
enum Comparator {
	GE("ge"), GT("gt"), LE("le"), LT("lt");

	private final String code;

	Comparator(String code) {
		this.code = code;
	}

	static Comparator ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown ecmh-comparator code: " + code));
	}

	boolean holds(BigDecimal score, BigDecimal cutOff) {
		int order = score.compareTo(cutOff);
		return switch (this) {
			case GE -> order >= 0;
			case GT -> order > 0;
			case LE -> order <= 0;
			case LT -> order < 0;
		};
	}
}
