// Search parameters for our extensions and for elements R4 core does not index. Expressions use only
// R4 FHIRPath (extension('url'), ofType) so HAPI indexes them.

RuleSet: ECMHSearchParameter(id, code, type)
* url = "http://fhir.ecmh.org/SearchParameter/{id}"
* version = "0.1.0"
* status = #active
* experimental = false
* publisher = "ECMH FHIR project"
* code = #{code}
* type = #{type}
* xpathUsage = #normal

Instance: service-tier
InstanceOf: SearchParameter
Usage: #definition
Title: "Search by service tier"
Description: "Promotion / prevention / intervention tier of an encounter, referral or care-plan activity (extension ecmh-service-tier)."
* insert ECMHSearchParameter(service-tier, service-tier, token)
* name = "ServiceTier"
* description = "Service tier (promotion | prevention | intervention) of an ECMH encounter, referral or care-plan activity"
* base[+] = #Encounter
* base[+] = #ServiceRequest
* base[+] = #CarePlan
* expression = "Encounter.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-service-tier').value.ofType(Coding) | ServiceRequest.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-service-tier').value.ofType(Coding) | CarePlan.activity.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-service-tier').value.ofType(Coding)"

Instance: family-member
InstanceOf: SearchParameter
Usage: #definition
Title: "Search by family member in focus"
Description: "The caregiver a screening response, referral, referral Task or goal is about while filed in the child's chart (extension ecmh-focus). For screening results use the core Observation `focus` parameter."
* insert ECMHSearchParameter(family-member, family-member, reference)
* name = "FamilyMember"
* description = "Caregiver (RelatedPerson or Patient) a resource in the child's chart is about (ecmh-focus)"
* base[+] = #QuestionnaireResponse
* base[+] = #ServiceRequest
* base[+] = #Task
* base[+] = #Goal
* target[+] = #RelatedPerson
* target[+] = #Patient
* expression = "QuestionnaireResponse.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-focus').value.ofType(Reference) | ServiceRequest.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-focus').value.ofType(Reference) | Task.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-focus').value.ofType(Reference) | Goal.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-focus').value.ofType(Reference)"

Instance: questionnaire-score
InstanceOf: SearchParameter
Usage: #definition
Title: "Search Questionnaires by the scores they define"
Description: "Finds the screening Questionnaire that defines a score (ecmh-scoring.code), e.g. score=http://fhir.ecmh.org/CodeSystem/ecmh-score|epds-total."
* insert ECMHSearchParameter(questionnaire-score, score, token)
* name = "Score"
* description = "Score code defined by a screening Questionnaire's ecmh-scoring rules"
* base[+] = #Questionnaire
* expression = "Questionnaire.extension('http://fhir.ecmh.org/StructureDefinition/ecmh-scoring').extension('code').value.ofType(Coding)"

Instance: observation-interpretation
InstanceOf: SearchParameter
Usage: #definition
Title: "Search screening results by interpretation"
Description: "Positive / negative / indeterminate and instrument band of a screening result (R4 core has no Observation interpretation parameter), e.g. interpretation=http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation|POS."
* insert ECMHSearchParameter(observation-interpretation, interpretation, token)
* name = "Interpretation"
* description = "Observation.interpretation (POS | NEG | IND and ECMH result band)"
* base[+] = #Observation
* expression = "Observation.interpretation"

Instance: goal-expressed-by
InstanceOf: SearchParameter
Usage: #definition
Title: "Search goals by who expressed them"
Description: "Family-set goals: the caregiver or team member who voiced the goal (Goal.expressedBy; not indexed by R4 core)."
* insert ECMHSearchParameter(goal-expressed-by, expressed-by, reference)
* name = "ExpressedBy"
* description = "Who expressed the goal (Goal.expressedBy)"
* base[+] = #Goal
* target[+] = #RelatedPerson
* target[+] = #Patient
* target[+] = #Practitioner
* target[+] = #PractitionerRole
* expression = "Goal.expressedBy"

Instance: task-due
InstanceOf: SearchParameter
Usage: #definition
Title: "Search referral Tasks by due period"
Description: "When a referral Task should be acted on (Task.restriction.period), for finding overdue referrals, e.g. due=lt2026-12-01 together with status=requested,accepted,in-progress."
* insert ECMHSearchParameter(task-due, due, date)
* name = "Due"
* description = "Task.restriction.period (when the referral should be acted on)"
* base[+] = #Task
* expression = "Task.restriction.period"
