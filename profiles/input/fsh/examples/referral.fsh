// Referrals proposed by the rules and confirmed by Dr. Lee, and the closed loop that follows.

Instance: referral-family-partner
InstanceOf: ECMHReferral
Usage: #example
Title: "Example referral to the family partner (caregiver depression rule)"
* extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* instantiatesCanonical = "http://fhir.ecmh.org/ActivityDefinition/refer-family-partner"
* status = #active
* intent = #order
* priority = #routine
* code.coding[+] = $ECMHReferralTarget#family-partner "Family partner (peer parent support)"
* code.coding[+] = $SCT#461481000124109 "Referral to peer support"
* subject = Reference(child-amara)
* authoredOn = "2026-11-16T10:05:00-05:00"
* requester = Reference(role-pcp-champion)
* performer = Reference(role-family-partner)
* reasonReference = Reference(obs-epds-ngozi)

Instance: referral-ecmh-clinician
InstanceOf: ECMHReferral
Usage: #example
Title: "Example referral to the ECMH clinician (social-emotional rule)"
* extension[serviceTier].valueCoding = $ECMHTier#intervention "Intervention"
* status = #active
* intent = #order
* code.coding[+] = $ECMHReferralTarget#ecmh-clinician "ECMH clinician (in-practice early-childhood mental health clinician)"
* code.coding[+] = $SCT#390866009 "Referral to mental health team"
* subject = Reference(child-amara)
* authoredOn = "2026-11-16T10:06:00-05:00"
* requester = Reference(role-pcp-champion)
* performer = Reference(role-ecmh-clinician)
* reasonReference = Reference(obs-bpsc-irritability-amara)

Instance: referral-caregiver-own-care
InstanceOf: ECMHReferral
Usage: #example
Title: "Example referral of the caregiver to her own care (filed in the child's chart)"
* extension[serviceTier].valueCoding = $ECMHTier#intervention "Intervention"
* extension[familyMember].valueReference = Reference(caregiver-ngozi)
* status = #draft
* intent = #proposal
* code = $ECMHReferralTarget#caregiver-own-care "Caregiver's own primary or behavioral health care"
* subject = Reference(child-amara)
* authoredOn = "2026-11-16T09:50:00-05:00"
* requester = Reference(role-pcp-champion)
* reasonReference = Reference(obs-epds-ngozi)

Instance: referral-food-pantry
InstanceOf: ECMHReferral
Usage: #example
Title: "Example referral to a concrete-needs partner, with consent to share"
* extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* status = #active
* intent = #order
* code = $ECMHReferralTarget#concrete-needs "Concrete-needs services (food, housing, benefits)"
* subject = Reference(child-amara)
* authoredOn = "2026-11-16T10:10:00-05:00"
* requester = Reference(role-family-partner)
* performer = Reference(partner-food-pantry)
* reasonReference = Reference(obs-hvs-amara)
* supportingInfo = Reference(consent-share-food-pantry)

Instance: task-family-partner
InstanceOf: ECMHReferralTask
Usage: #example
Title: "Example closed-loop Task: family-partner referral, first visit held"
* status = #completed
* businessStatus = $ECMHReferralStatus#first-visit-held "First visit held"
* intent = #order
* code = $TaskCode#fulfill "Fulfill the focal request"
* focus = Reference(referral-family-partner)
* for = Reference(child-amara)
* authoredOn = "2026-11-16T10:05:00-05:00"
* lastModified = "2026-11-20T12:00:00-05:00"
* executionPeriod.start = "2026-11-17T09:00:00-05:00"
* executionPeriod.end = "2026-11-20T12:00:00-05:00"
* requester = Reference(role-pcp-champion)
* owner = Reference(role-family-partner)
* restriction.period.end = "2026-11-30"
* output[+].type = $ECMHTaskOutput#resulting-encounter "Resulting encounter"
* output[=].valueReference = Reference(encounter-fp-home-visit)

Instance: task-food-pantry
InstanceOf: ECMHReferralTask
Usage: #example
Title: "Example closed-loop Task: partner referral in progress"
* status = #in-progress
* businessStatus = $ECMHReferralStatus#family-contacted "Family contacted"
* intent = #order
* code = $TaskCode#fulfill "Fulfill the focal request"
* focus = Reference(referral-food-pantry)
* for = Reference(child-amara)
* authoredOn = "2026-11-16T10:10:00-05:00"
* requester = Reference(role-family-partner)
* owner = Reference(partner-food-pantry)
* restriction.period.end = "2026-11-23"

Instance: consent-share-food-pantry
InstanceOf: ECMHConsent
Usage: #example
Title: "Example consent to share with the food pantry"
* status = #active
* scope = $ConsentScope#patient-privacy "Privacy Consent"
* category[IDSCL] = $ActCode#IDSCL "information disclosure"
* patient = Reference(child-amara)
* dateTime = "2026-11-16T10:08:00-05:00"
* performer = Reference(caregiver-ngozi)
* organization = Reference(practice-riverside)
* sourceAttachment.contentType = #application/pdf
* sourceAttachment.title = "Signed release of information, food pantry referral"
* policyRule = $ConsentPolicy#hipaa-auth "HIPAA Authorization"
* provision.type = #permit
* provision.period.start = "2026-11-16"
* provision.period.end = "2027-11-16"
* provision.actor[+].role = $ParticipationType#IRCP "information recipient"
* provision.actor[=].reference = Reference(partner-food-pantry)
* provision.purpose = $ActReason#TREAT "treatment"

Instance: comm-handoff-family-partner
InstanceOf: ECMHCommunication
Usage: #example
Title: "Example team hand-off"
* status = #completed
* category = $ECMHCommCategory#handoff "Team hand-off"
* subject = Reference(child-amara)
* about = Reference(task-family-partner)
* sent = "2026-11-16T10:07:00-05:00"
* sender = Reference(role-pcp-champion)
* recipient = Reference(role-family-partner)
* payload[+].contentString = "Mom screened positive on the EPDS today (14, item 10 = 0). She is open to meeting you; prefers a home visit this week."
