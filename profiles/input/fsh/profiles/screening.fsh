Profile: ECMHScreeningResponse
Parent: QuestionnaireResponse
Id: ecmh-screening-response
Title: "ECMH Screening Response"
Description: "A completed screening instrument. The subject is always the child (the chart it is filed in); `source` is the caregiver who answered. When the instrument screens the caregiver (EPDS, PHQ, GAD-7), `ecmh-focus` names the caregiver as the person screened. The server scores it from the Questionnaire's ecmh-scoring rules. Aligned with US Core QuestionnaireResponse (questionnaire, status, subject, authored, author, item.linkId, item.answer.value[x] must-support)."
* ^status = #active
* ^experimental = false
* extension contains ECMHFocus named screenedPerson 0..1 MS
* extension[screenedPerson] ^short = "The caregiver screened, when not the child"
* questionnaire 1..1 MS
* questionnaire ^short = "Canonical URL (|version) of the ECMH screening Questionnaire"
* status MS
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child: the chart this response is filed in"
* encounter MS
* authored 1..1 MS
* author MS
* author only Reference(Practitioner or PractitionerRole or RelatedPerson or Patient)
* author ^short = "Who recorded the answers (caregiver on a tablet, or staff entering a paper form)"
* source 1..1 MS
* source only Reference(RelatedPerson or Patient)
* source ^short = "The caregiver who answered"
* item MS
* item.linkId MS
* item.answer MS
* item.answer.value[x] MS

RuleSet: ScreeningObservationCommon
* status MS
* status from ECMHScreeningObservationStatusVS (required)
* category 2..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains survey 1..1 MS and domain 1..1 MS
* category[survey] = $ObsCat#survey
* category[domain] from ECMHScreeningCategoryVS (required)
* category[domain] ^short = "Screening domain (social-emotional, developmental, autism, caregiver-mental-health, family-stressors)"
* code MS
* code from ECMHScreeningObservationCodeVS (extensible)
* code ^short = "ECMH score code (always) and the verified LOINC code (where one exists)"
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child: the chart this result is filed in"
* encounter MS
* effective[x] 1..1 MS
* effective[x] only dateTime
* performer MS
* value[x] MS
* value[x] only integer or Quantity or CodeableConcept
* value[x] ^short = "Score (integer; Quantity for entered decimal scores) or coded result (Hunger Vital Sign)"
* dataAbsentReason MS
* interpretation 1..* MS
* interpretation from ECMHObservationInterpretationVS (required)
* interpretation ^short = "POS | NEG | IND and the instrument band"
* derivedFrom 1..* MS
* derivedFrom only Reference(QuestionnaireResponse or Observation)
* derivedFrom ^short = "The screening QuestionnaireResponse this score was computed from"
* extension contains ECMHScorePartial named partial 0..1 MS
* obeys ecmh-obs-score-code and ecmh-obs-pos-neg and ecmh-obs-value

Profile: ECMHScreeningResult
Parent: Observation
Id: ecmh-screening-result
Title: "ECMH Screening Result (child)"
Description: "A score the ECMH server computed from a child's screening response (instrument total or subscale), with its positive/negative interpretation and the response it came from. Follows US Core Observation Screening Assessment (category survey plus a screening category, code, subject, effective, value, derivedFrom must-support)."
* ^status = #active
* ^experimental = false
* insert ScreeningObservationCommon
* focus 0..0

Profile: ECMHCaregiverScreeningResult
Parent: Observation
Id: ecmh-caregiver-screening-result
Title: "ECMH Caregiver Screening Result"
Description: """
A caregiver's screening score (EPDS, PHQ-2/9, GAD-7, SWYC family depression items) taken at the child's visit.
Who is screened and whose chart it sits in are explicit: `subject` = the child (the record it is filed in,
as CMS's 2016 informational bulletin allows maternal depression screening to be a service for the child),
`focus` = the caregiver screened (RelatedPerson, or Patient when the caregiver is a patient of the practice).
Systems that must not show a caregiver's result in the child's portal can filter on `focus`.
"""
* ^status = #active
* ^experimental = false
* insert ScreeningObservationCommon
* category[domain] = $ECMHScreeningCategory#caregiver-mental-health
* focus 1..1 MS
* focus only Reference(RelatedPerson or Patient)
* focus ^short = "The caregiver who was screened"

ValueSet: ECMHScreeningObservationStatusVS
Id: ecmh-screening-observation-status
Title: "ECMH Screening Result Status"
Description: "Statuses a computed screening result may have."
* insert ECMHValueSet
* http://hl7.org/fhir/observation-status#final "Final"
* http://hl7.org/fhir/observation-status#amended "Amended"
* http://hl7.org/fhir/observation-status#corrected "Corrected"
* http://hl7.org/fhir/observation-status#entered-in-error "Entered in Error"

Invariant: ecmh-obs-score-code
Description: "Observation.code carries an ECMH score code"
Expression: "code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score').exists()"
Severity: #error

Invariant: ecmh-obs-pos-neg
Description: "Exactly one interpretation coding is POS, NEG or IND (v3 ObservationInterpretation)"
Expression: "interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation').count() = 1"
Severity: #error

Invariant: ecmh-obs-value
Description: "A score has a value unless it is indeterminate, in which case dataAbsentReason says why"
Expression: "value.exists() or dataAbsentReason.exists()"
Severity: #error
