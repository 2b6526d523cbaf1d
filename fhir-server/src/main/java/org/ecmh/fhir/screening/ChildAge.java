package org.ecmh.fhir.screening;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** A child's age in completed months on the day a response was authored, as age-banded cut-offs use it. */
final class ChildAge {

	private ChildAge() {}

	/** Empty unless both dates are known to the day. */
	static OptionalInt inMonths(DateType birthDate, DateTimeType authored) {
		if (!knownToTheDay(birthDate) || !knownToTheDay(authored)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of((int) Period.between(localDate(birthDate), localDate(authored)).toTotalMonths());
	}

	private static boolean knownToTheDay(BaseDateTimeType date) {
		return date != null && date.hasValue() && date.getPrecision().ordinal() >= TemporalPrecisionEnum.DAY.ordinal();
	}

	/** The calendar date as written, in the time zone it was recorded in. */
	private static LocalDate localDate(BaseDateTimeType date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}
}
