Profile: ECMHReferral
Parent: ServiceRequest
Id: ecmh-referral
Title: "ECMH Referral"
Description: "A referral within the integrated team or to a community partner: to the ECMH clinician, the family partner, early intervention, community mental health, a parent group or concrete-needs services. The reason is the positive screen (Observation) or a concern. Modelled after SDOHCC ServiceRequest and BSeR Referral ServiceRequest (requester, performer, reasonReference, supportingInfo → Consent, pertainsToGoal). A referral for the caregiver's own care stays in the child's chart and names the caregiver in ecmh-focus."
* ^status = #active
* ^experimental = false
* extension contains
    ECMHServiceTier named serviceTier 0..1 MS and
    ECMHFocus named familyMember 0..1 MS and
    $pertainsToGoal named pertainsToGoal 0..* MS
* identifier MS
* status MS
* status ^short = "draft (proposed by the rules, awaiting a clinician) | active | on-hold | revoked | completed | entered-in-error"
* intent MS
* intent from ECMHReferralIntentVS (required)
* priority MS
* priority ^short = "urgent for a positive self-harm item"
* code 1..1 MS
* code from ECMHReferralCodeVS (extensible)
* code ^short = "The ECMH referral target (routing key), with a SNOMED CT referral code where verified"
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child (the chart); see ecmh-focus for a caregiver's own care"
* encounter MS
* occurrence[x] MS
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(PractitionerRole or Practitioner or Organization)
* performer MS
* performer only Reference(PractitionerRole or Practitioner or Organization or CareTeam or HealthcareService)
* reasonCode MS
* reasonReference MS
* reasonReference only Reference(Observation or Condition)
* reasonReference ^short = "The positive screening result or a documented concern"
* supportingInfo MS
* supportingInfo ^short = "Consent to share with the partner agency, care plan, other context"
* note MS
* obeys ecmh-sr-reason and ecmh-sr-target

ValueSet: ECMHReferralIntentVS
Id: ecmh-referral-intent
Title: "ECMH Referral Intent"
Description: "proposal (from the rules), plan (in a care plan) or order (confirmed referral)."
* insert ECMHValueSet
* http://hl7.org/fhir/request-intent#proposal "Proposal"
* http://hl7.org/fhir/request-intent#plan "Plan"
* http://hl7.org/fhir/request-intent#order "Order"

Invariant: ecmh-sr-reason
Description: "A referral states why: a reasonReference (positive screen, concern) or a reasonCode"
Expression: "reasonReference.exists() or reasonCode.exists()"
Severity: #error

Invariant: ecmh-sr-target
Description: "code carries an ECMH referral target"
Expression: "code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-referral-target').exists()"
Severity: #error

Profile: ECMHReferralTask
Parent: Task
Id: ecmh-referral-task
Title: "ECMH Referral Task"
Description: """
Closed-loop tracking of one ECMH referral, following SDOHCC Task for Referral Management and BSeR Referral
Task: intent order, code fulfill, focus = the referral, for = the child, an owner who acts on it. `status`
moves through draft → requested → accepted / rejected → in-progress (↔ on-hold) → completed / cancelled /
failed (state machine on the referral page); `businessStatus` gives the finer step (family contacted,
first visit scheduled, first visit held, family declined, unable to reach...). `output` returns what came
of it (the first-visit Encounter, a care plan, feedback).
"""
* ^status = #active
* ^experimental = false
* extension contains ECMHFocus named familyMember 0..1 MS
* identifier MS
* basedOn MS
* partOf MS
* partOf only Reference(Task)
* status MS
* status from ECMHReferralTaskStatusVS (required)
* statusReason MS
* statusReason ^short = "Why rejected, cancelled, failed or on hold (text at least)"
* businessStatus MS
* businessStatus from ECMHReferralStatusVS (extensible)
* intent = #order
* intent MS
* priority MS
* code 1..1 MS
* code = $TaskCode#fulfill
* focus 1..1 MS
* focus only Reference(ECMHReferral)
* for 1..1 MS
* for only Reference(Patient)
* for ^short = "The child"
* encounter MS
* executionPeriod MS
* authoredOn 1..1 MS
* lastModified MS
* requester 1..1 MS
* requester only Reference(PractitionerRole or Practitioner or Organization)
* owner MS
* owner only Reference(PractitionerRole or Practitioner or Organization or CareTeam or HealthcareService)
* owner ^short = "Who acts on the referral now (may be empty while a pool decides)"
* restriction MS
* restriction.period MS
* restriction.period ^short = "When the referral should be acted on (due date for overdue searches)"
* note MS
* output MS
* output.type MS
* output.type from ECMHTaskOutputVS (extensible)
* output.value[x] MS
* obeys ecmh-task-owner and ecmh-task-reason

Invariant: ecmh-task-owner
Description: "Once accepted, a referral Task has an owner"
Expression: "(status = 'accepted' or status = 'in-progress' or status = 'completed') implies owner.exists()"
Severity: #error

Invariant: ecmh-task-reason
Description: "A rejected, cancelled, failed or on-hold referral Task says why"
Expression: "(status = 'rejected' or status = 'cancelled' or status = 'failed' or status = 'on-hold') implies (statusReason.exists() or businessStatus.exists())"
Severity: #error
