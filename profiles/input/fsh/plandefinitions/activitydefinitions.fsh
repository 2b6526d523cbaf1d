// ActivityDefinitions: what a referral rule or care pathway proposes. PlanDefinition/$apply turns each
// into a draft ServiceRequest (intent proposal, status draft) or Task; a clinician confirms before anything
// is ordered.

RuleSet: ECMHActivity(id, name, title, kind)
* url = "http://fhir.ecmh.org/ActivityDefinition/{id}"
* name = "{name}"
* title = "{title}"
* version = "0.1.0"
* status = #active
* experimental = false
* publisher = "ECMH FHIR project"
* kind = #{kind}
* intent = #proposal

RuleSet: Tier(tier)
* extension[ECMHServiceTier].valueCoding = $ECMHTier#{tier}

RuleSet: ReferralProfile
* profile = "http://fhir.ecmh.org/StructureDefinition/ecmh-referral"

Instance: refer-ecmh-clinician
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-ecmh-clinician, ReferECMHClinician, Refer to the ECMH clinician, ServiceRequest)
* description = "Referral to the practice's early-childhood mental health clinician for assessment of the child and family."
* insert ReferralProfile
* insert Tier(intervention)
* code.coding[0] = $ECMHReferralTarget#ecmh-clinician "ECMH clinician (in-practice early-childhood mental health clinician)"
* code.coding[1] = $SCT#390866009 "Referral to mental health team"
* priority = #routine

Instance: refer-family-partner
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-family-partner, ReferFamilyPartner, Refer to the family partner, ServiceRequest)
* description = "Referral to the family partner for peer support of the caregiver."
* insert ReferralProfile
* insert Tier(prevention)
* code.coding[0] = $ECMHReferralTarget#family-partner "Family partner (peer parent support)"
* code.coding[1] = $SCT#461481000124109 "Referral to peer support"
* priority = #routine

Instance: refer-urgent-safety
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-urgent-safety, ReferUrgentSafetyAssessment, Same-day safety assessment of the caregiver, ServiceRequest)
* description = "A self-harm item was endorsed: the ECMH clinician (or the practice's designated clinician) assesses the caregiver's safety the same day, before the family leaves."
* insert ReferralProfile
* insert Tier(intervention)
* code = $ECMHReferralTarget#urgent-safety-assessment "Same-day safety assessment of the caregiver"
* priority = #stat

Instance: refer-caregiver-own-care
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-caregiver-own-care, ReferCaregiverOwnCare, Refer the caregiver to their own care, ServiceRequest)
* description = "Referral of the caregiver to their own primary care or behavioral health clinician for evaluation and treatment (filed in the child's chart, ecmh-focus = caregiver)."
* insert ReferralProfile
* insert Tier(intervention)
* code = $ECMHReferralTarget#caregiver-own-care "Caregiver's own primary or behavioral health care"
* priority = #routine

Instance: refer-concrete-needs
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-concrete-needs, ReferConcreteNeeds, Refer to concrete-needs services, ServiceRequest)
* description = "Referral to food and other concrete-needs services, with the family partner's help navigating them."
* insert ReferralProfile
* insert Tier(prevention)
* code = $ECMHReferralTarget#concrete-needs "Concrete-needs services (food, housing, benefits)"
* priority = #routine

Instance: refer-early-intervention
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-early-intervention, ReferEarlyIntervention, Refer to early intervention, ServiceRequest)
* description = "Referral to the early intervention (IDEA Part C) program for evaluation. No SNOMED CT code for this referral was verified; the ECMH code is used alone."
* insert ReferralProfile
* insert Tier(intervention)
* code = $ECMHReferralTarget#early-intervention "Early intervention (IDEA Part C) evaluation"
* priority = #routine

Instance: refer-developmental-evaluation
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-developmental-evaluation, ReferDevelopmentalEvaluation, Refer for developmental / autism diagnostic evaluation, ServiceRequest)
* description = "Referral for a developmental or autism diagnostic evaluation."
* insert ReferralProfile
* insert Tier(intervention)
* code = $ECMHReferralTarget#developmental-evaluation "Developmental / autism diagnostic evaluation"
* priority = #routine

Instance: mchat-followup
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(mchat-followup, MCHATFollowUp, Give the M-CHAT-R/F Follow-Up interview, ServiceRequest)
* description = "M-CHAT-R medium risk (3-7): the clinician gives the Follow-Up interview for the failed items and records how many still fail (Robins 2014)."
* insert ReferralProfile
* insert Tier(prevention)
* code = $ECMHReferralTarget#mchat-followup "M-CHAT-R/F Follow-Up interview"
* priority = #routine

Instance: refer-parent-group
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(refer-parent-group, ReferParentGroup, Invite to a parent group, ServiceRequest)
* description = "Invitation to the practice's parent group run by the family partner."
* insert ReferralProfile
* insert Tier(prevention)
* code.coding[0] = $ECMHReferralTarget#parent-group "Parent group"
* code.coding[1] = $SCT#711281004 "Referral to support group"
* priority = #routine

Instance: referral-task
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(referral-task, ReferralTask, Track the referral closed-loop, Task)
* description = "A closed-loop referral Task (profile ecmh-referral-task) for the ServiceRequest proposed by the preceding action: status draft until a clinician confirms the referral, then requested. The engine sets focus to that ServiceRequest, for to the child, and businessStatus to ecmh-referral-status#proposed."
* profile = "http://fhir.ecmh.org/StructureDefinition/ecmh-referral-task"
* code = $TaskCode#fulfill "Fulfill the focal request"
* intent = #order
* dynamicValue[+].path = "status"
* dynamicValue[=].expression.language = #text/fhirpath
* dynamicValue[=].expression.expression = "'draft'"

// care-pathway activities (used by the care-plan templates)
Instance: family-partner-outreach
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(family-partner-outreach, FamilyPartnerOutreach, Family partner outreach contact, ServiceRequest)
* description = "The family partner contacts the family (in person at the visit, by phone or text) to introduce themself and the program."
* insert Tier(prevention)
* code = $ECMHActivity#outreach "Outreach and engagement"

Instance: family-partner-visit
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(family-partner-visit, FamilyPartnerVisit, Family partner visit, ServiceRequest)
* description = "Family partner visit at the office, at home or by phone/video, for peer support and goal setting."
* insert Tier(prevention)
* code = $ECMHEncounterType#family-partner-visit "Family partner visit"

Instance: family-goal-setting
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(family-goal-setting, FamilyGoalSetting, Set goals with the family, ServiceRequest)
* description = "The family names its goals in its own words with the family partner or clinician (recorded as ECMH Goals, expressedBy = the caregiver)."
* insert Tier(prevention)
* code = $ECMHActivity#goal-setting "Family goal setting"

Instance: resource-navigation
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(resource-navigation, ResourceNavigation, Resource navigation, ServiceRequest)
* description = "The family partner helps the family apply for and reach concrete-needs and community services."
* insert Tier(prevention)
* code = $ECMHActivity#resource-navigation "Resource navigation"

Instance: clinician-visit
InstanceOf: ActivityDefinition
Usage: #definition
* insert ECMHActivity(clinician-visit, ClinicianVisit, ECMH clinician visit, ServiceRequest)
* description = "ECMH clinician assessment or dyadic session with the child and caregiver."
* insert Tier(intervention)
* code = $ECMHEncounterType#clinician-visit "ECMH clinician visit"
