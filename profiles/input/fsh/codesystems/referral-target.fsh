CodeSystem: ECMHReferralTarget
Id: ecmh-referral-target
Title: "ECMH Referral Targets"
Description: "The service an ECMH referral asks for. The routing key of the workflow; SNOMED CT referral procedure codes are added as second codings where a verified one exists (see ECMHReferralCodeVS)."
* insert ECMHCodeSystem
* #ecmh-clinician "ECMH clinician (in-practice early-childhood mental health clinician)"
* #family-partner "Family partner (peer parent support)"
* #urgent-safety-assessment "Same-day safety assessment of the caregiver"
* #caregiver-own-care "Caregiver's own primary or behavioral health care"
* #early-intervention "Early intervention (IDEA Part C) evaluation"
* #developmental-evaluation "Developmental / autism diagnostic evaluation"
* #mchat-followup "M-CHAT-R/F Follow-Up interview"
* #community-mental-health "Community mental health (specialty early-childhood mental health)"
* #parent-group "Parent group"
* #concrete-needs "Concrete-needs services (food, housing, benefits)"
* #early-education "Early education / child care"
* #human-services "Human services agency"
