// Every value set enumerates its codes (include.concept or whole local code systems), never filters:
// the server has no LOINC or SNOMED CT content and must validate offline.

ValueSet: ECMHScoreVS
Id: ecmh-score-vs
Title: "ECMH Screening Score Codes"
Description: "All ECMH score codes."
* insert ECMHValueSet
* include codes from system ECMHScore

ValueSet: ECMHScreeningObservationCodeVS
Id: ecmh-screening-observation-code
Title: "ECMH Screening Observation Codes"
Description: "Codes for screening-result Observation.code: ECMH score codes and the LOINC total/result codes verified for the same scores (PHQ-9 total 44261-6, GAD-7 total 70274-6, PHQ-2 total 55758-7 [weak source], Hunger Vital Sign risk 88124-3)."
* insert ECMHValueSet
* include codes from system ECMHScore
* $LNC#44261-6 "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"
* $LNC#70274-6 "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"
* $LNC#55758-7 "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"
* $LNC#88124-3 "Food insecurity risk [HVS]"

ValueSet: ECMHInstrumentVS
Id: ecmh-instrument-vs
Title: "ECMH Screening Instruments"
Description: "Instrument identifiers for Questionnaire.code: ECMH instrument codes and the LOINC panel codes for the same instruments (all verified except EPDS 71354-5, which is marked unverified on the terminology page)."
* insert ECMHValueSet
* include codes from system ECMHInstrument
* $LNC#44249-1 "PHQ-9 quick depression assessment panel [Reported.PHQ]"
* $LNC#55757-9 "Patient Health Questionnaire 2 item (PHQ-2) [Reported]"
* $LNC#69737-5 "Generalized anxiety disorder 7 item (GAD-7)"
* $LNC#88121-9 "Hunger Vital Sign [HVS]"
* $LNC#71354-5 "Edinburgh Postnatal Depression Scale [EPDS]" // UNVERIFIED (third-party mirror only): kept as a second code, see terminology page

ValueSet: ECMHInterpretationVS
Id: ecmh-interpretation
Title: "ECMH Screening Interpretation"
Description: "Positive, negative or indeterminate (too few items answered)."
* insert ECMHValueSet
* $ObsInterp#POS "Positive"
* $ObsInterp#NEG "Negative"
* $ObsInterp#IND "Indeterminate"

ValueSet: ECMHScreeningResultVS
Id: ecmh-screening-result-vs
Title: "ECMH Screening Result Bands"
Description: "Instrument-specific result bands."
* insert ECMHValueSet
* include codes from system ECMHScreeningResultCS

ValueSet: ECMHObservationInterpretationVS
Id: ecmh-observation-interpretation
Title: "ECMH Screening Observation Interpretations"
Description: "Codes allowed in a screening-result Observation.interpretation: the v3 POS/NEG/IND coding and the instrument band."
* insert ECMHValueSet
* $ObsInterp#POS "Positive"
* $ObsInterp#NEG "Negative"
* $ObsInterp#IND "Indeterminate"
* include codes from system ECMHScreeningResultCS

ValueSet: ECMHScreenedPersonVS
Id: ecmh-screened-person
Title: "ECMH Screened Person"
Description: "Whose score a scoring rule yields."
* insert ECMHValueSet
* ECMHScreeningPersonCS#child "Child"
* ECMHScreeningPersonCS#caregiver "Caregiver"
* ECMHScreeningPersonCS#household "Household"

ValueSet: ECMHComparatorVS
Id: ecmh-comparator
Title: "ECMH Cut-off Comparators"
Description: "How a score is compared with a band's threshold."
* insert ECMHValueSet
* ECMHComparatorCS#ge "greater than or equal"
* ECMHComparatorCS#gt "greater than"
* ECMHComparatorCS#le "less than or equal"
* ECMHComparatorCS#lt "less than"

ValueSet: ECMHScreeningCategoryVS
Id: ecmh-screening-category-vs
Title: "ECMH Screening Categories"
Description: "Screening domains."
* insert ECMHValueSet
* include codes from system ECMHScreeningCategory

ValueSet: ECMHServiceTierVS
Id: ecmh-service-tier-vs
Title: "ECMH Service Tiers"
Description: "Promotion, prevention, intervention."
* insert ECMHValueSet
* include codes from system ECMHServiceTierCS

ValueSet: ECMHEncounterTypeVS
Id: ecmh-encounter-type-vs
Title: "ECMH Encounter Types and Activities"
Description: "Encounter.type for ECMH contacts: the kind of contact (ECMH encounter type) first, then the family-partner activities performed."
* insert ECMHValueSet
* include codes from system ECMHEncounterType
* include codes from system ECMHFamilyPartnerActivity

ValueSet: ECMHFamilyPartnerActivityVS
Id: ecmh-family-partner-activity-vs
Title: "ECMH Family Partner Activities"
Description: "Family partner activities."
* insert ECMHValueSet
* include codes from system ECMHFamilyPartnerActivity

ValueSet: ECMHEncounterClassVS
Id: ecmh-encounter-class
Title: "ECMH Encounter Settings"
Description: "Setting of an ECMH contact, from v3 ActCode (in the R4 core package): office (AMB), home (HH), phone or video (VR), community (FLD)."
* insert ECMHValueSet
* $ActCode#AMB "ambulatory"
* $ActCode#HH "home health"
* $ActCode#VR "virtual"
* $ActCode#FLD "field"

ValueSet: ECMHReferralStatusVS
Id: ecmh-referral-status-vs
Title: "ECMH Referral Business Status"
Description: "Task.businessStatus of closed-loop referral Tasks."
* insert ECMHValueSet
* include codes from system ECMHReferralStatus

ValueSet: ECMHReferralTaskStatusVS
Id: ecmh-referral-task-status
Title: "ECMH Referral Task Status"
Description: "Task.status values for closed-loop referral Tasks: FHIR TaskStatus without ready and received, the same set as SDOH Clinical Care's referral Task status value set. draft = proposed by the rules and not yet confirmed by a clinician; on-hold = waitlisted or paused at the family's request."
* insert ECMHValueSet
* http://hl7.org/fhir/task-status#draft "Draft"
* http://hl7.org/fhir/task-status#requested "Requested"
* http://hl7.org/fhir/task-status#accepted "Accepted"
* http://hl7.org/fhir/task-status#rejected "Rejected"
* http://hl7.org/fhir/task-status#in-progress "In Progress"
* http://hl7.org/fhir/task-status#on-hold "On Hold"
* http://hl7.org/fhir/task-status#completed "Completed"
* http://hl7.org/fhir/task-status#cancelled "Cancelled"
* http://hl7.org/fhir/task-status#failed "Failed"
* http://hl7.org/fhir/task-status#entered-in-error "Entered in Error"

ValueSet: ECMHReferralCodeVS
Id: ecmh-referral-code
Title: "ECMH Referral Codes"
Description: "What an ECMH referral asks for: ECMH referral targets, and SNOMED CT referral procedures verified in the sources listed on the terminology page (eCQM value sets 2.16.840.1.113883.3.526.3.1570 / .1569, HL7 BSeR and US Behavioral Health Profiles examples)."
* insert ECMHValueSet
* include codes from system ECMHReferralTarget
* $SCT#3457005 "Patient referral"
* $SCT#390866009 "Referral to mental health team"
* $SCT#306291008 "Referral to child and adolescent psychiatrist"
* $SCT#308459004 "Referral to psychologist"
* $SCT#309627007 "Child referral - clinical psychologist"
* $SCT#710914003 "Referral to family therapy"
* $SCT#711281004 "Referral to support group"
* $SCT#461481000124109 "Referral to peer support"
* $SCT#81294000 "Patient referral for psychotherapy"
* $SCT#183583007 "Refer to mental health worker"

ValueSet: ECMHReferralTargetVS
Id: ecmh-referral-target-vs
Title: "ECMH Referral Targets"
Description: "ECMH referral targets."
* insert ECMHValueSet
* include codes from system ECMHReferralTarget

ValueSet: ECMHTaskOutputVS
Id: ecmh-task-output-vs
Title: "ECMH Referral Task Output Types"
Description: "Output types of referral Tasks."
* insert ECMHValueSet
* include codes from system ECMHTaskOutput

ValueSet: ECMHTeamRoleVS
Id: ecmh-team-role-vs
Title: "ECMH Team Roles"
Description: "Roles in an ECMH CareTeam or PractitionerRole: ECMH roles, and the SNOMED CT person codes MCC eCare Plan uses for the caregiver and the patient as team members."
* insert ECMHValueSet
* include codes from system ECMHTeamRole
* $SCT#133932002 "Caregiver (person)"
* $SCT#116154003 "Patient (person)"

ValueSet: ECMHSpecialtyVS
Id: ecmh-specialty
Title: "ECMH Team Specialties (NUCC)"
Description: "NUCC provider taxonomy codes for ECMH team members (codes from the HL7 Da Vinci HRex NUCC ConceptMap)."
* insert ECMHValueSet
* $NUCC#208000000X "Pediatrics"
* $NUCC#175T00000X "Peer Specialist"
* $NUCC#103T00000X "Psychologist"
* $NUCC#104100000X "Social Worker"
* $NUCC#106H00000X "Marriage & Family Therapist"
* $NUCC#101Y00000X "Counselor"
* $NUCC#171M00000X "Case Manager/Care Coordinator"
* $NUCC#172V00000X "Community Health Worker"
* $NUCC#222Q00000X "Developmental Therapist"

ValueSet: ECMHPartnerTypeVS
Id: ecmh-partner-type-vs
Title: "ECMH Community Partner Types"
Description: "Organization.type for community partners: ECMH partner types and the NUCC Early Intervention Provider Agency code."
* insert ECMHValueSet
* ECMHPartnerType#early-intervention "Early intervention (IDEA Part C) program"
* ECMHPartnerType#early-education "Early education / child care / Head Start"
* ECMHPartnerType#human-services "Human services agency (benefits, housing, child welfare)"
* ECMHPartnerType#community-mental-health "Community mental health agency"
* ECMHPartnerType#family-support "Family support / parenting program"
* ECMHPartnerType#food-resource "Food resource (pantry, WIC office)"
* $NUCC#252Y00000X "Early Intervention Provider Agency"

ValueSet: ECMHAffiliationTypeVS
Id: ecmh-affiliation-type
Title: "ECMH Partner Affiliation Types"
Description: "OrganizationAffiliation.code between the practice and a partner."
* insert ECMHValueSet
* ECMHPartnerType#referral-partner "Referral partner (affiliation)"
* ECMHPartnerType#data-sharing-partner "Data-sharing partner (affiliation)"

ValueSet: ECMHCommunicationCategoryVS
Id: ecmh-communication-category-vs
Title: "ECMH Communication Categories"
Description: "Communication.category for team messages."
* insert ECMHValueSet
* include codes from system ECMHCommunicationCategory

ValueSet: ECMHCaregiverRelationshipVS
Id: ecmh-caregiver-relationship
Title: "ECMH Caregiver Relationships"
Description: "Relationship of a caregiver to the child (v3 RoleCode, in the R4 core package)."
* insert ECMHValueSet
* $RoleCode#MTH "mother"
* $RoleCode#FTH "father"
* $RoleCode#PRN "parent"
* $RoleCode#GRMTH "grandmother"
* $RoleCode#GRFTH "grandfather"
* $RoleCode#GRPRN "grandparent"
* $RoleCode#FTHFOST "foster father"
* $RoleCode#MTHFOST "foster mother"
* $RoleCode#PRNFOST "foster parent"
* $RoleCode#STPPRN "step parent"
* $RoleCode#GUARD "guardian"
* $RoleCode#FAMMEMB "family member"
