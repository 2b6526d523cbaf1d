// Care-plan templates for the common ECMH pathways. $apply on one of these yields an ECMH CarePlan
// (instantiatesCanonical = the pathway) whose activities are the proposed resources. Goals are written
// with the family; the template holds the kind of goal, not its words. No timings are prescribed: a
// practice adds its own (action.timingDuration) when it adopts a pathway.

RuleSet: ECMHPathway(id, name, title)
* url = "http://fhir.ecmh.org/PlanDefinition/{id}"
* name = "{name}"
* title = "{title}"
* version = "0.1.0"
* status = #active
* experimental = false
* publisher = "ECMH FHIR project"
* type = $PlanDefType#clinical-protocol "Clinical Protocol"
* subjectCodeableConcept = http://hl7.org/fhir/resource-types#Patient

RuleSet: Step(activity, title, tier)
* action[+].id = "{activity}"
* action[=].title = "{title}"
* action[=].definitionCanonical = "http://fhir.ecmh.org/ActivityDefinition/{activity}"
* action[=].extension[ECMHServiceTier].valueCoding = $ECMHTier#{tier}

RuleSet: FamilyGoal(text)
* goal[+].description.text = "{text}"
* goal[=].category = http://terminology.hl7.org/CodeSystem/goal-category#behavioral "Behavioral"

Instance: pathway-caregiver-depression
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHPathway(pathway-caregiver-depression, PathwayCaregiverDepression, Care pathway: caregiver depression)
* description = "Family partner outreach and visits, family goal setting, the caregiver's own care, an invitation to the parent group, and a repeat screen at the next well visit."
* insert FamilyGoal(Caregiver's goal for their own well-being - in the family's words)
* insert Step(family-partner-outreach, Family partner outreach contact, prevention)
* insert Step(family-partner-visit, Family partner visit (office / home / phone\), prevention)
* insert Step(family-goal-setting, Set goals with the family, prevention)
* insert Step(refer-caregiver-own-care, Refer the caregiver to their own care, intervention)
* insert Step(refer-parent-group, Invite to the parent group, prevention)

Instance: pathway-social-emotional
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHPathway(pathway-social-emotional, PathwaySocialEmotional, Care pathway: child social-emotional concern)
* description = "ECMH clinician assessment and dyadic sessions, family partner support, family goal setting and, where needed, a referral to community mental health."
* insert FamilyGoal(Family's goal for the child's behavior or routines - in the family's words)
* insert Step(clinician-visit, ECMH clinician assessment and dyadic sessions, intervention)
* insert Step(family-partner-visit, Family partner support, prevention)
* insert Step(family-goal-setting, Set goals with the family, prevention)
* insert Step(refer-parent-group, Invite to the parent group, prevention)

Instance: pathway-concrete-needs
InstanceOf: PlanDefinition
Usage: #definition
* insert ECMHPathway(pathway-concrete-needs, PathwayConcreteNeeds, Care pathway: concrete needs)
* description = "Family partner resource navigation and referral to concrete-needs services, with follow-up until the need is met."
* insert FamilyGoal(Family's goal for meeting the need - in the family's words)
* insert Step(resource-navigation, Family partner resource navigation, prevention)
* insert Step(refer-concrete-needs, Refer to concrete-needs services, prevention)
