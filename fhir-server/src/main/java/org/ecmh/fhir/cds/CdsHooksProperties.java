package org.ecmh.fhir.cds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The CDS Hooks service ({@code ecmh.cds.*} in application.yaml).
 *
 * @param sourceLabel       the card source an EHR shows its users
 * @param visitWindowMonths a well visit may fall this many months either side of a scheduled age: a screen
 *                          taken this early counts for the age, one missing this long after it is overdue
 * @param criticalScores    ecmh-score codes whose positive result is critical (the self-harm items)
 * @param schedule          the screenings due by age
 */
@Validated
@ConfigurationProperties("ecmh.cds")
public record CdsHooksProperties(
		@NotBlank String sourceLabel,
		@NotNull @Min(0) Integer visitWindowMonths,
		@NotNull List<String> criticalScores,
		@NotEmpty @Valid List<ScheduledScreening> schedule) {

	/**
	 * One screening of the periodicity schedule.
	 *
	 * @param title       what the card names
	 * @param scores      ecmh-score codes any of which records that the screening was done
	 * @param ages        scheduled ages in completed months, ascending; each is due until the next
	 * @param untilMonths the age from which the last scheduled one is no longer due
	 */
	public record ScheduledScreening(
			@NotBlank String title,
			@NotEmpty List<String> scores,
			@NotEmpty List<@NotNull @Min(0) Integer> ages,
			@NotNull Integer untilMonths) {}
}
