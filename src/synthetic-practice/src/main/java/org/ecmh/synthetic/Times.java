package org.ecmh.synthetic;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** Dates written in UTC, so the generated JSON does not depend on the machine's time zone. */
final class Times {

	private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

	private Times() {}

	static DateTimeType at(LocalDate day, int hour, int minute) {
		Date instant = Date.from(day.atTime(hour, minute).toInstant(ZoneOffset.UTC));
		return new DateTimeType(instant, TemporalPrecisionEnum.SECOND, UTC);
	}

	static DateType date(LocalDate day) {
		return new DateType(day.toString());
	}
}
