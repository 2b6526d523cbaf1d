Profile: ECMHEncounter
Parent: Encounter
Id: ecmh-encounter
Title: "ECMH Encounter"
Description: """
A family-partner or ECMH-clinician contact with a family: in the office (class AMB), at home (HH), by phone
or video (VR) or in the community (FLD). `type` holds the kind of contact first (ECMH encounter type) and
then the family-partner activities done; the service tier is an extension; the caregivers who took part
are participants (RelatedPerson); `basedOn` points to the referral or the care-plan activity's ServiceRequest
it carries out (R4 Encounter.basedOn allows only ServiceRequest; the care plan points back to the visit in
`CarePlan.activity.outcomeReference`).
A parent-group session is one Encounter (type parent-group-session, subject = the ECMH parent Group) and
each family's attendance is an Encounter for the child with `partOf` → the session.
"""
* ^status = #active
* ^experimental = false
* extension contains ECMHServiceTier named serviceTier 1..1 MS
* status MS
* class MS
* class from ECMHEncounterClassVS (required)
* type 1..* MS
* type from ECMHEncounterTypeVS (extensible)
* type ^short = "Kind of contact (first), then family-partner activities"
* serviceType MS
* subject 1..1 MS
* subject only Reference(Patient or ECMHParentGroup)
* subject ^short = "The child; for a group session, the parent Group"
* basedOn MS
* basedOn ^short = "The referral or care-plan activity (ServiceRequest) this contact carries out"
* participant 1..* MS
* participant.type MS
* participant.individual 1..1 MS
* participant.individual only Reference(Practitioner or PractitionerRole or RelatedPerson)
* participant.individual ^short = "Team member or caregiver who took part"
* period 1..1 MS
* length MS
* reasonCode MS
* reasonReference MS
* location MS
* serviceProvider MS
* partOf MS
* partOf only Reference(ECMHEncounter)
* partOf ^short = "For a family's attendance: the group session"
* obeys ecmh-enc-caregiver

Invariant: ecmh-enc-caregiver
Description: "A contact with a child's family names at least one team member as participant"
Expression: "participant.individual.where(reference.startsWith('Practitioner')).exists()"
Severity: #error

Profile: ECMHParentGroup
Parent: Group
Id: ecmh-parent-group
Title: "ECMH Parent Group"
Description: "A parent group run by the family partner (and clinician): the children whose caregivers are enrolled (R4 Group cannot hold RelatedPerson members, so caregivers appear as participants of each session Encounter)."
* ^status = #active
* ^experimental = false
* type = #person
* actual = true
* code 1..1 MS
* code = $ECMHEncounterType#parent-group-session
* name 1..1 MS
* managingEntity MS
* member MS
* member.entity only Reference(Patient)
* member.period MS
