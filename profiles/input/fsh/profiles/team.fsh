Profile: ECMHCareTeam
Parent: CareTeam
Id: ecmh-careteam
Title: "ECMH Care Team"
Description: "The integrated team around one child and family: primary care champion, ECMH clinician, family partner, caregivers, partner liaisons. Follows MCC CareTeam (caregiver role SNOMED CT 133932002)."
* ^status = #active
* ^experimental = false
* status MS
* category MS
* name MS
* subject 1..1 MS
* subject only Reference(Patient)
* period MS
* participant 1..* MS
* participant.role 1..* MS
* participant.role from ECMHTeamRoleVS (extensible)
* participant.member 1..1 MS
* participant.member only Reference(PractitionerRole or Practitioner or RelatedPerson or Patient or Organization)
* participant.onBehalfOf MS
* managingOrganization MS

Profile: ECMHPractitionerRole
Parent: PractitionerRole
Id: ecmh-practitionerrole
Title: "ECMH Team Member Role"
Description: "A person's role in the ECMH model at a practice: primary care champion, ECMH clinician or family partner (ECMH team-role code) with the NUCC taxonomy of their profession in `specialty` (Pediatrics 208000000X, Peer Specialist 175T00000X, Psychologist 103T00000X, ...)."
* ^status = #active
* ^experimental = false
* active MS
* practitioner 1..1 MS
* organization 1..1 MS
* code 1..* MS
* code from ECMHTeamRoleVS (extensible)
* specialty MS
* specialty from ECMHSpecialtyVS (extensible)
* telecom MS
* availableTime MS
* obeys ecmh-role-code

Invariant: ecmh-role-code
Description: "code carries an ECMH team role"
Expression: "code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-team-role').exists()"
Severity: #error

Profile: ECMHPartnerOrganization
Parent: Organization
Id: ecmh-partner-organization
Title: "ECMH Community Partner"
Description: "A community partner the team links families with: early intervention, early education, human services, community mental health, family support, food resources."
* ^status = #active
* ^experimental = false
* active MS
* type 1..* MS
* type from ECMHPartnerTypeVS (extensible)
* name 1..1 MS
* telecom MS
* address MS
* contact MS

Profile: ECMHPartnerAffiliation
Parent: OrganizationAffiliation
Id: ecmh-partner-affiliation
Title: "ECMH Partner Affiliation"
Description: "The standing relationship between the practice and a community partner (referral partner, data-sharing partner), with the partner's services and liaison endpoints."
* ^status = #active
* ^experimental = false
* active MS
* period MS
* organization 1..1 MS
* organization ^short = "The practice"
* participatingOrganization 1..1 MS
* participatingOrganization only Reference(ECMHPartnerOrganization)
* participatingOrganization ^short = "The partner"
* code 1..* MS
* code from ECMHAffiliationTypeVS (extensible)
* specialty MS
* healthcareService MS
* telecom MS
* endpoint MS

Profile: ECMHCaregiver
Parent: RelatedPerson
Id: ecmh-caregiver
Title: "ECMH Caregiver"
Description: "A parent or other caregiver of the child, as the person who answers screens, is screened (caregiver depression), sets family goals, consents and takes part in visits. When the caregiver is also a patient of the practice, a Patient may be used in the same places."
* ^status = #active
* ^experimental = false
* active MS
* patient MS
* patient ^short = "The child"
* relationship 1..* MS
* relationship from ECMHCaregiverRelationshipVS (extensible)
* name 1..* MS
* telecom MS
* gender MS
* birthDate MS
* communication MS
* communication.language MS
