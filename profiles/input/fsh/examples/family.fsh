// A small synthetic family and practice: Amara Okafor (6 months) and her mother Ngozi, seen at the
// Riverside Pediatrics 6-month well visit on 2026-11-16. All names, identifiers and dates are invented.

Instance: child-amara
InstanceOf: Patient
Usage: #example
Title: "Example child"
* name[+].family = "Okafor"
* name[=].given[+] = "Amara"
* gender = #female
* birthDate = "2026-05-14"

Instance: caregiver-ngozi
InstanceOf: ECMHCaregiver
Usage: #example
Title: "Example caregiver (mother)"
* active = true
* patient = Reference(child-amara)
* relationship = $RoleCode#MTH "mother"
* name[+].family = "Okafor"
* name[=].given[+] = "Ngozi"
* telecom[+].system = #phone
* telecom[=].value = "555-0100"
* gender = #female

Instance: practice-riverside
InstanceOf: Organization
Usage: #example
Title: "Example practice"
* active = true
* type = $OrgType#prov "Healthcare Provider"
* name = "Riverside Pediatrics"

Instance: partner-food-pantry
InstanceOf: ECMHPartnerOrganization
Usage: #example
Title: "Example partner: food resource"
* active = true
* type = $ECMHPartnerType#food-resource "Food resource (pantry, WIC office)"
* name = "Riverside Family Food Pantry"
* telecom[+].system = #phone
* telecom[=].value = "555-0200"

Instance: partner-early-intervention
InstanceOf: ECMHPartnerOrganization
Usage: #example
Title: "Example partner: early intervention"
* active = true
* type[+] = $ECMHPartnerType#early-intervention "Early intervention (IDEA Part C) program"
* type[+] = $NUCC#252Y00000X "Early Intervention Provider Agency"
* name = "County Early Intervention Program"

Instance: affiliation-food-pantry
InstanceOf: ECMHPartnerAffiliation
Usage: #example
Title: "Example affiliation: practice and food pantry"
* active = true
* period.start = "2026-01-01"
* organization = Reference(practice-riverside)
* participatingOrganization = Reference(partner-food-pantry)
* code = $ECMHPartnerType#referral-partner "Referral partner (affiliation)"

Instance: affiliation-early-intervention
InstanceOf: ECMHPartnerAffiliation
Usage: #example
Title: "Example affiliation: practice and early intervention"
* active = true
* organization = Reference(practice-riverside)
* participatingOrganization = Reference(partner-early-intervention)
* code[+] = $ECMHPartnerType#referral-partner "Referral partner (affiliation)"
* code[+] = $ECMHPartnerType#data-sharing-partner "Data-sharing partner (affiliation)"

Instance: pract-lee
InstanceOf: Practitioner
Usage: #example
Title: "Example pediatrician"
* name[+].family = "Lee"
* name[=].given[+] = "Dana"
* name[=].prefix[+] = "Dr."

Instance: pract-garcia
InstanceOf: Practitioner
Usage: #example
Title: "Example ECMH clinician"
* name[+].family = "Garcia"
* name[=].given[+] = "Maria"

Instance: pract-brown
InstanceOf: Practitioner
Usage: #example
Title: "Example family partner"
* name[+].family = "Brown"
* name[=].given[+] = "Tasha"

Instance: role-pcp-champion
InstanceOf: ECMHPractitionerRole
Usage: #example
Title: "Example role: primary care champion"
* active = true
* practitioner = Reference(pract-lee)
* organization = Reference(practice-riverside)
* code = $ECMHRole#pcp-champion "Primary care champion"
* specialty = $NUCC#208000000X "Pediatrics"

Instance: role-ecmh-clinician
InstanceOf: ECMHPractitionerRole
Usage: #example
Title: "Example role: ECMH clinician"
* active = true
* practitioner = Reference(pract-garcia)
* organization = Reference(practice-riverside)
* code = $ECMHRole#ecmh-clinician "ECMH clinician"
* specialty = $NUCC#104100000X "Social Worker"

Instance: role-family-partner
InstanceOf: ECMHPractitionerRole
Usage: #example
Title: "Example role: family partner"
* active = true
* practitioner = Reference(pract-brown)
* organization = Reference(practice-riverside)
* code = $ECMHRole#family-partner "Family partner"
* specialty = $NUCC#175T00000X "Peer Specialist"

Instance: careteam-amara
InstanceOf: ECMHCareTeam
Usage: #example
Title: "Example care team"
* status = #active
* name = "Amara's ECMH team"
* subject = Reference(child-amara)
* period.start = "2026-11-16"
* participant[+].role = $ECMHRole#pcp-champion "Primary care champion"
* participant[=].member = Reference(role-pcp-champion)
* participant[+].role = $ECMHRole#ecmh-clinician "ECMH clinician"
* participant[=].member = Reference(role-ecmh-clinician)
* participant[+].role = $ECMHRole#family-partner "Family partner"
* participant[=].member = Reference(role-family-partner)
* participant[+].role = $SCT#133932002 "Caregiver (person)"
* participant[=].member = Reference(caregiver-ngozi)
* managingOrganization = Reference(practice-riverside)
