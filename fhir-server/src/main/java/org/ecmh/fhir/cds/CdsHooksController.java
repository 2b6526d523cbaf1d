package org.ecmh.fhir.cds;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /cds-services}: discovery, and one endpoint per service. patient-view (the chart is opened) and
 * order-select (an order is being chosen) show the same findings about the child: both are the moments a
 * clinician can still act on a missed screen or an unfollowed positive one.
 */
@RestController
@RequestMapping("/cds-services")
class CdsHooksController {

	static final List<Cds.Service> SERVICES = List.of(
			new Cds.Service("patient-view", "ecmh-patient-view", "ECMH: screenings and referrals for this child",
					"Screenings due or overdue by age (AAP Bright Futures), positive screens without a referral and referrals past due.",
					ChildRecords.PREFETCH),
			new Cds.Service("order-select", "ecmh-order-select", "ECMH: screenings and referrals while ordering",
					"While orders are chosen for a child: positive screens without a referral (with the draft referrals to add), screenings due and referrals past due.",
					ChildRecords.PREFETCH));

	private final Map<String, Cds.Service> byId = SERVICES.stream().collect(Collectors.toMap(Cds.Service::id, Function.identity()));
	private final ChildRecords records;
	private final List<CardSource> findings;

	CdsHooksController(ChildRecords records, List<CardSource> findings) {
		this.records = records;
		this.findings = findings;
	}

	@GetMapping
	Cds.Discovery discovery() {
		return new Cds.Discovery(SERVICES);
	}

	@PostMapping("/{id}")
	Cds.Cards call(@PathVariable String id, @RequestBody Cds.HookRequest request) {
		Cds.Service service = byId.get(id);
		if (service == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no CDS service " + id);
		}
		if (!service.hook().equals(request.hook())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, id + " answers the " + service.hook() + " hook, not " + request.hook());
		}
		String patientId = request.contextValue("patientId");
		if (patientId == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "context.patientId is required");
		}
		ChildRecord record = records.load(patientId, request);
		return new Cds.Cards(findings.stream().flatMap(finding -> finding.cards(record).stream()).toList());
	}
}
