// Business statuses of a closed-loop referral Task. Each is allowed only with the Task.status values its
// task-status property lists (the server enforces this; see referral.md, which also maps them to BSeR
// TaskBusinessStatusCS and SDOHCC).
RuleSet: WithTaskStatus(code, status)
* #{code} ^property[+].code = #task-status
* #{code} ^property[=].valueCode = #{status}

CodeSystem: ECMHReferralStatus
Id: ecmh-referral-status
Title: "ECMH Referral Business Status"
Description: "Where a referral stands in the family's path to the service, finer than Task.status. Aligned with the BSeR Task business statuses (mapping in the referral page)."
* insert ECMHCodeSystem
* ^property[0].code = #task-status
* ^property[0].uri = "http://fhir.ecmh.org/CodeSystem/ecmh-referral-status#task-status"
* ^property[0].description = "A Task.status (FHIR TaskStatus) this business status may be used with; one property per status"
* ^property[0].type = #code
* #proposed "Proposed" "Drafted by the rules after a positive screen; awaits a clinician's confirmation (Task.status draft)."
* #sent "Referral sent" "Sent to the receiving team member or partner (Task.status requested)."
* #received "Referral received" "Acknowledged by the receiver, not yet acted on (requested)."
* #accepted "Accepted" "The receiver will serve the family (accepted)."
* #family-contacted "Family contacted" "The receiver reached the family (accepted | in-progress)."
* #first-visit-scheduled "First visit scheduled" "(in-progress)"
* #first-visit-held "First visit held" "(in-progress | completed)"
* #engaged "Engaged in services" "The family attends ongoing services (in-progress | completed)."
* #waitlisted "Waitlisted" "The partner has no capacity now (on-hold)."
* #family-paused "Paused at the family's request" "(on-hold)"
* #no-show "First visit missed" "(in-progress)"
* #unable-to-reach "Unable to reach the family" "After the agreed number of attempts (failed)."
* #family-declined "Family declined" "(cancelled | failed)"
* #not-eligible "Not eligible" "The service does not accept the family, e.g. early-intervention eligibility not met (rejected)."
* #declined-by-receiver "Declined by receiver" "No capacity or wrong service (rejected)."
* #completed "Referral completed" "Service delivered and feedback returned (completed)."
* insert WithTaskStatus(proposed, draft)
* insert WithTaskStatus(sent, requested)
* insert WithTaskStatus(received, requested)
* insert WithTaskStatus(accepted, accepted)
* insert WithTaskStatus(family-contacted, accepted)
* insert WithTaskStatus(family-contacted, in-progress)
* insert WithTaskStatus(first-visit-scheduled, in-progress)
* insert WithTaskStatus(first-visit-held, in-progress)
* insert WithTaskStatus(first-visit-held, completed)
* insert WithTaskStatus(engaged, in-progress)
* insert WithTaskStatus(engaged, completed)
* insert WithTaskStatus(waitlisted, on-hold)
* insert WithTaskStatus(family-paused, on-hold)
* insert WithTaskStatus(no-show, in-progress)
* insert WithTaskStatus(unable-to-reach, failed)
* insert WithTaskStatus(family-declined, cancelled)
* insert WithTaskStatus(family-declined, failed)
* insert WithTaskStatus(not-eligible, rejected)
* insert WithTaskStatus(declined-by-receiver, rejected)
* insert WithTaskStatus(completed, completed)
