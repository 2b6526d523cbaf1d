// Referral rules of the ECMH model as computable data (issue: care workflow, item 2).
// Contract for the engine: each rule is triggered when a screening result Observation (ecmh-screening-result
// or ecmh-caregiver-screening-result) is written; every condition is FHIRPath evaluated with
//   %screening = that Observation, %subject = the child (Patient).
// For PlanDefinition/$apply without a trigger, the engine evaluates the conditions against each of the
// child's most recent screening results. Each applicable action proposes (draft) resources from its
// ActivityDefinitions; nothing is ordered until a clinician confirms. A practice may edit these rules
// (codes, bands, targets) without code, and versions them like any other artifact.

RuleSet: ECMHRule(id, name, title)
* url = "http://fhir.ecmh.org/PlanDefinition/{id}"
* name = "{name}"
* title = "{title}"
* version = "0.1.0"
* status = #active
* experimental = false
* publisher = "ECMH FHIR project"
* type = $PlanDefType#eca-rule "ECA Rule"
* subjectCodeableConcept = http://hl7.org/fhir/resource-types#Patient

// the screening result that triggers the rule; add one TriggerScore per score code
RuleSet: Trigger
* action[=].trigger[+].type = #data-added
* action[=].trigger[=].name = "ecmh-screening-result"
* action[=].trigger[=].data[+].type = #Observation
* action[=].trigger[=].data[=].profile[+] = "http://fhir.ecmh.org/StructureDefinition/ecmh-screening-result"
* action[=].trigger[=].data[=].profile[+] = "http://fhir.ecmh.org/StructureDefinition/ecmh-caregiver-screening-result"

RuleSet: TriggerScore(code)
* action[=].trigger[=].data[=].codeFilter[0].path = "code"
* action[=].trigger[=].data[=].codeFilter[0].code[+] = $ECMHScore#{code}

// propose a referral and the closed-loop Task that tracks it
RuleSet: Propose(activity, title)
* action[=].action[+].id = "{activity}"
* action[=].action[=].title = "{title}"
* action[=].action[=].type = http://terminology.hl7.org/CodeSystem/action-type#create
* action[=].action[=].definitionCanonical = "http://fhir.ecmh.org/ActivityDefinition/{activity}"
* action[=].action[+].id = "{activity}-task"
* action[=].action[=].title = "Track: {title}"
* action[=].action[=].type = http://terminology.hl7.org/CodeSystem/action-type#create
* action[=].action[=].definitionCanonical = "http://fhir.ecmh.org/ActivityDefinition/referral-task"
* action[=].action[=].relatedAction[+].actionId = "{activity}"
* action[=].action[=].relatedAction[=].relationship = #after-start

Instance: rule-social-emotional
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-social-emotional, RuleSocialEmotional, Positive social-emotional screen: refer to the ECMH clinician)
* description = "A positive BPSC subscale (3 or more on irritability, inflexibility or routines), a positive PPSC total or an ASQ:SE-2 total above its cut-off proposes a referral to the practice's ECMH clinician."
* action[+].id = "social-emotional"
* action[=].title = "Refer a child with a positive social-emotional screen to the ECMH clinician"
* insert Trigger
* insert TriggerScore(bpsc-irritability)
* insert TriggerScore(bpsc-inflexibility)
* insert TriggerScore(bpsc-routines)
* insert TriggerScore(ppsc-total)
* insert TriggerScore(asqse2-total)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "BPSC subscale, PPSC or ASQ:SE-2 result is positive"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and (code = 'bpsc-irritability' or code = 'bpsc-inflexibility' or code = 'bpsc-routines' or code = 'ppsc-total' or code = 'asqse2-total')).exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists()"
* insert Propose(refer-ecmh-clinician, Refer to the ECMH clinician)

Instance: rule-caregiver-depression
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-caregiver-depression, RuleCaregiverDepression, Positive caregiver depression screen: family partner and the caregiver's own care)
* description = "A positive caregiver depression screen (EPDS 10 or more, PHQ-2 3 or more, PHQ-9 10 or more, SWYC Family Questions depression items 3 or more) proposes a family-partner referral for the family and a referral of the caregiver to their own primary or behavioral health care."
* action[+].id = "caregiver-depression"
* action[=].title = "Support a family whose caregiver screens positive for depression"
* insert Trigger
* insert TriggerScore(epds-total)
* insert TriggerScore(phq2-total)
* insert TriggerScore(phq9-total)
* insert TriggerScore(swycfq-depression)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "Caregiver depression score is positive"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and (code = 'epds-total' or code = 'phq2-total' or code = 'phq9-total' or code = 'swycfq-depression')).exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists()"
* insert Propose(refer-family-partner, Refer to the family partner)
* insert Propose(refer-caregiver-own-care, Refer the caregiver to their own care)

Instance: rule-self-harm
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-self-harm, RuleSelfHarm, Self-harm item endorsed: urgent safety assessment)
* description = "Any answer other than the lowest on EPDS item 10 or PHQ-9 item 9 proposes an urgent (stat) same-day safety assessment of the caregiver. This rule is independent of the total score."
* action[+].id = "self-harm"
* action[=].title = "Same-day safety assessment when a self-harm item is endorsed"
* action[=].priority = #stat
* insert Trigger
* insert TriggerScore(epds-self-harm)
* insert TriggerScore(phq9-self-harm)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "EPDS item 10 or PHQ-9 item 9 is endorsed"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and (code = 'epds-self-harm' or code = 'phq9-self-harm')).exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists()"
* insert Propose(refer-urgent-safety, Same-day safety assessment of the caregiver)

Instance: rule-food-insecurity
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-food-insecurity, RuleFoodInsecurity, Positive Hunger Vital Sign: concrete-needs services)
* description = "A positive Hunger Vital Sign (or SWYC Family Questions food items) proposes a referral to concrete-needs services."
* action[+].id = "food-insecurity"
* action[=].title = "Link a family at risk of food insecurity with concrete-needs services"
* insert Trigger
* insert TriggerScore(hvs-risk)
* insert TriggerScore(swycfq-food)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "Food insecurity screen is positive"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and (code = 'hvs-risk' or code = 'swycfq-food')).exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists()"
* insert Propose(refer-concrete-needs, Refer to concrete-needs services)

Instance: rule-autism-risk
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-autism-risk, RuleAutismRisk, M-CHAT-R medium or high risk: follow-up interview or early intervention and evaluation)
* description = "M-CHAT-R/F algorithm (Robins 2014): medium risk (3-7) proposes the Follow-Up interview; high risk (8-20), or a positive Follow-Up (2 or more items still failed), proposes referrals to early intervention and for a diagnostic evaluation."
* action[+].id = "mchat-medium"
* action[=].title = "M-CHAT-R medium risk: give the Follow-Up interview"
* insert Trigger
* insert TriggerScore(mchatr-total)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "M-CHAT-R total is in the medium-risk band"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and code = 'mchatr-total').exists() and %screening.interpretation.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-screening-result' and code = 'medium-risk').exists()"
* insert Propose(mchat-followup, Give the M-CHAT-R/F Follow-Up interview)
* action[+].id = "mchat-high"
* action[=].title = "M-CHAT-R high risk or positive Follow-Up: early intervention and diagnostic evaluation"
* insert Trigger
* insert TriggerScore(mchatr-total)
* insert TriggerScore(mchatrf-followup)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "M-CHAT-R high risk, or M-CHAT-R/F Follow-Up positive"
* action[=].condition[=].expression.expression = "(%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and code = 'mchatr-total').exists() and %screening.interpretation.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-screening-result' and code = 'high-risk').exists()) or (%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and code = 'mchatrf-followup').exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists())"
* insert Propose(refer-early-intervention, Refer to early intervention)
* insert Propose(refer-developmental-evaluation, Refer for a diagnostic evaluation)

Instance: rule-developmental
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHRule(rule-developmental, RuleDevelopmental, Developmental screen below cut-off: early intervention and evaluation)
* description = "An ASQ-3 domain below its cut-off, or SWYC Milestones at or below the age cut-off (needs review), proposes referrals to early intervention and for a developmental evaluation."
* action[+].id = "developmental"
* action[=].title = "Refer a child with a positive developmental screen"
* insert Trigger
* insert TriggerScore(asq3-communication)
* insert TriggerScore(asq3-gross-motor)
* insert TriggerScore(asq3-fine-motor)
* insert TriggerScore(asq3-problem-solving)
* insert TriggerScore(asq3-personal-social)
* insert TriggerScore(swyc-milestones-total)
* action[=].condition[+].kind = #applicability
* action[=].condition[=].expression.language = #text/fhirpath
* action[=].condition[=].expression.description = "ASQ-3 domain or SWYC Milestones result is positive"
* action[=].condition[=].expression.expression = "%screening.code.coding.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-score' and (code.startsWith('asq3-') or code = 'swyc-milestones-total')).exists() and %screening.interpretation.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation' and code = 'POS').exists()"
* insert Propose(refer-early-intervention, Refer to early intervention)
* insert Propose(refer-developmental-evaluation, Refer for a developmental evaluation)
