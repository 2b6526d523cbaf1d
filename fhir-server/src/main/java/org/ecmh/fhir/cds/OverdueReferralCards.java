package org.ecmh.fhir.cds;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.time.LocalDate;
import java.util.List;
import org.ecmh.fhir.referral.OverdueReferrals;
import org.hl7.fhir.r4.model.Task;

/**
 * Open referral Tasks past due, as {@code Task/$overdue} finds them. Always from this server: progress is
 * measured by the lastModified the server stamps, which an EHR's prefetch cannot vouch for.
 */
final class OverdueReferralCards implements CardSource {

	private final OverdueReferrals overdue;
	private final Cds.Source source;

	OverdueReferralCards(OverdueReferrals overdue, CdsHooksProperties properties) {
		this.overdue = overdue;
		this.source = new Cds.Source(properties.sourceLabel());
	}

	@Override
	public List<Cds.Card> cards(ChildRecord record) {
		return overdue.overdue(new ReferenceParam(record.childReference()), new SystemRequestDetails()).getAllResources().stream()
				.map(Task.class::cast).map(this::card).toList();
	}

	private Cds.Card card(Task task) {
		LocalDate since = ChildRecord.localDate(task.getLastModified());
		String summary = "Referral without progress since " + since + " (" + task.getStatus().toCode() + ")";
		String detail = "Task/" + task.getIdElement().getIdPart() + " for " + task.getFocus().getReference()
				+ ": contact the family or the receiving team and record the next step.";
		return Cds.Card.of(summary, detail, Cds.Indicator.warning, source, List.of());
	}
}
