package org.ecmh.fhir.server;

import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The server on its embedded default: an H2 file database in a fresh data directory. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ecmh.data-dir=target/test-data/h2-${random.uuid}",
		// referral drafts are proposed on positive screens, named as requested by the practice
		"ecmh.referral.auto-propose=true",
		"ecmh.referral.proposer=Organization/ecmh-practice"})
class H2ServerTest {

	@Nested
	class Api extends FhirApiContract {}

	@Nested
	class RejectedInput extends RejectedInputContract {}

	@Nested
	class Operations extends OperationsContract {}

	@Nested
	class ImplementationGuide extends ImplementationGuideContract {}

	@Nested
	class PackageConsumer extends PackageConsumerContract {}

	@Nested
	class Screening extends ScreeningContract {}

	@Nested
	class Referral extends ReferralContract {}

	@Nested
	class CdsHooks extends CdsHooksContract {}

	@Nested
	class Notification extends NotificationContract {}

	@Nested
	class FamilyJourney extends FamilyJourneyContract {}
}
