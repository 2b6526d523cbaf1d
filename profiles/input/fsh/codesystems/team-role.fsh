CodeSystem: ECMHTeamRole
Id: ecmh-team-role
Title: "ECMH Team Roles"
Description: "Roles in the integrated early-childhood mental health team. These are functional roles in the model; the professional taxonomy of the person (NUCC) goes in PractitionerRole.specialty. The family partner has NUCC 175T00000X Peer Specialist but no SNOMED CT occupation code (HL7 Da Vinci HRex map: nomap), hence this code system."
* insert ECMHCodeSystem
* #pcp-champion "Primary care champion" "The pediatric primary care clinician who leads the model in the practice."
* #ecmh-clinician "ECMH clinician" "Licensed early-childhood mental health clinician embedded in the practice."
* #family-partner "Family partner" "Parent with lived experience, trained as a peer supporter, embedded in the practice."
* #care-coordinator "Care coordinator"
* #partner-liaison "Partner agency liaison" "Contact person at a community partner (early intervention, early education, human services)."
