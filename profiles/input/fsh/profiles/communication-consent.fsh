Profile: ECMHCommunication
Parent: Communication
Id: ecmh-communication
Title: "ECMH Team Communication"
Description: "A hand-off or update between team members or with a partner about a family: what it is about (referral Task, referral, care plan), who sent it and to whom, and the message."
* ^status = #active
* ^experimental = false
* basedOn MS
* partOf MS
* status MS
* category 1..* MS
* category from ECMHCommunicationCategoryVS (extensible)
* priority MS
* subject 1..1 MS
* subject only Reference(Patient)
* about MS
* about ^short = "The referral Task, referral or care plan the message is about"
* sent 1..1 MS
* received MS
* recipient 1..* MS
* sender 1..1 MS
* payload 1..* MS
* payload.content[x] MS

Profile: ECMHConsent
Parent: Consent
Id: ecmh-consent
Title: "ECMH Consent to Share with a Partner"
Description: "The caregiver's permission to share the child's (and family's) information with a named partner agency for a referral, as SDOHCC Consent does: category v3 ActCode IDSCL (information disclosure), the child as patient, the organizations, the date, and the signed source. Aligned with BSeR Patient Consent (performer = caregiver, provision.type)."
* ^status = #active
* ^experimental = false
* status MS
* scope MS
* scope = $ConsentScope#patient-privacy
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains IDSCL 1..1 MS
* category[IDSCL] = $ActCode#IDSCL
* patient 1..1 MS
* patient ^short = "The child"
* dateTime 1..1 MS
* performer 1..* MS
* performer only Reference(RelatedPerson or Patient)
* performer ^short = "The caregiver who gave consent"
* organization 1..* MS
* organization ^short = "The practice that holds the consent"
* source[x] MS
* policyRule MS
* provision 1..1 MS
* provision.type 1..1 MS
* provision.period MS
* provision.actor 1..* MS
* provision.actor.role MS
* provision.actor.reference MS
* provision.actor.reference ^short = "The partner organization allowed to receive the information (role IRCP)"
* provision.purpose MS
