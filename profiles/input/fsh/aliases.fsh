// External code systems. Status of each code is recorded in input/pagecontent/terminology.md.
Alias: $LNC = http://loinc.org
Alias: $SCT = http://snomed.info/sct
Alias: $NUCC = http://nucc.org/provider-taxonomy
Alias: $CPT = http://www.ama-assn.org/go/cpt
Alias: $ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $RoleCode = http://terminology.hl7.org/CodeSystem/v3-RoleCode
Alias: $ParticipationType = http://terminology.hl7.org/CodeSystem/v3-ParticipationType
Alias: $ObsInterp = http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation
Alias: $ObsCat = http://terminology.hl7.org/CodeSystem/observation-category
Alias: $YesNo = http://terminology.hl7.org/CodeSystem/v2-0136
Alias: $TaskCode = http://hl7.org/fhir/CodeSystem/task-code
Alias: $ConsentScope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $ConsentPolicy = http://terminology.hl7.org/CodeSystem/consentpolicycodes
Alias: $ActReason = http://terminology.hl7.org/CodeSystem/v3-ActReason
Alias: $PlanDefType = http://terminology.hl7.org/CodeSystem/plan-definition-type
Alias: $OrgType = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $GoalAchievement = http://terminology.hl7.org/CodeSystem/goal-achievement

// Core (R4) extensions we reuse
Alias: $ordinalValue = http://hl7.org/fhir/StructureDefinition/ordinalValue
Alias: $cqfExpression = http://hl7.org/fhir/StructureDefinition/cqf-expression
Alias: $pertainsToGoal = http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal

// Our own code systems (canonical base: sushi-config.yaml)
Alias: $ECMHInstrument = http://fhir.ecmh.org/CodeSystem/ecmh-instrument
Alias: $ECMHScore = http://fhir.ecmh.org/CodeSystem/ecmh-score
Alias: $ECMHResult = http://fhir.ecmh.org/CodeSystem/ecmh-screening-result
Alias: $ECMHAnswer = http://fhir.ecmh.org/CodeSystem/ecmh-answer
Alias: $ECMHScreeningCategory = http://fhir.ecmh.org/CodeSystem/ecmh-screening-category
Alias: $ECMHTier = http://fhir.ecmh.org/CodeSystem/ecmh-service-tier
Alias: $ECMHActivity = http://fhir.ecmh.org/CodeSystem/ecmh-family-partner-activity
Alias: $ECMHEncounterType = http://fhir.ecmh.org/CodeSystem/ecmh-encounter-type
Alias: $ECMHReferralStatus = http://fhir.ecmh.org/CodeSystem/ecmh-referral-status
Alias: $ECMHReferralTarget = http://fhir.ecmh.org/CodeSystem/ecmh-referral-target
Alias: $ECMHRole = http://fhir.ecmh.org/CodeSystem/ecmh-team-role
Alias: $ECMHPartnerType = http://fhir.ecmh.org/CodeSystem/ecmh-partner-type
Alias: $ECMHTaskOutput = http://fhir.ecmh.org/CodeSystem/ecmh-task-output
Alias: $ECMHCommCategory = http://fhir.ecmh.org/CodeSystem/ecmh-communication-category
Alias: $ECMHCarePlanCategory = http://fhir.ecmh.org/CodeSystem/ecmh-careplan-category
