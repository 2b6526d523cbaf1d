Extension: ECMHServiceTier
Id: ecmh-service-tier
Title: "ECMH Service Tier"
Description: "The tier of the integrated-care model a service belongs to: promotion (universal), prevention (targeted, e.g. after a positive screen) or intervention (treatment). No HL7 or SNOMED CT code system for these tiers exists, so the codes are ours."
Context: Encounter, ServiceRequest, CarePlan.activity, PlanDefinition.action, ActivityDefinition, Procedure
* ^status = #active
* ^experimental = false
* value[x] only Coding
* valueCoding 1..1
* valueCoding from ECMHServiceTierVS (required)
