// The family's plan, its goal, the family partner's home visit and a parent-group session.

Instance: goal-ngozi-connected
InstanceOf: ECMHGoal
Usage: #example
Title: "Example family-set goal"
* extension[familyMember].valueReference = Reference(caregiver-ngozi)
* lifecycleStatus = #active
* achievementStatus = $GoalAchievement#in-progress "In Progress"
* description.text = "I want to feel less alone and get out of the house with Amara twice a week."
* subject = Reference(child-amara)
* startDate = "2026-11-20"
* target.dueDate = "2027-02-20"
* expressedBy = Reference(caregiver-ngozi)
* addresses = Reference(obs-epds-ngozi)

Instance: careplan-amara
InstanceOf: ECMHCarePlan
Usage: #example
Title: "Example family care plan"
* instantiatesCanonical = "http://fhir.ecmh.org/PlanDefinition/pathway-caregiver-depression"
* status = #active
* intent = #plan
* category[ecmh] = $ECMHCarePlanCategory#ecmh-family-plan "ECMH family care plan"
* title = "Amara and Ngozi's family plan"
* subject = Reference(child-amara)
* period.start = "2026-11-20"
* author = Reference(role-family-partner)
* contributor[+] = Reference(caregiver-ngozi)
* contributor[+] = Reference(role-family-partner)
* careTeam = Reference(careteam-amara)
* supportingInfo[+] = Reference(obs-epds-ngozi)
* supportingInfo[+] = Reference(obs-bpsc-irritability-amara)
* goal = Reference(goal-ngozi-connected)
* activity[+].extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* activity[=].reference = Reference(referral-family-partner)
* activity[=].outcomeReference = Reference(encounter-fp-home-visit)
* activity[+].extension[serviceTier].valueCoding = $ECMHTier#intervention "Intervention"
* activity[=].reference = Reference(referral-ecmh-clinician)
* activity[+].extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* activity[=].detail.kind = #ServiceRequest
* activity[=].detail.code = $ECMHReferralTarget#parent-group "Parent group"
* activity[=].detail.status = #scheduled
* activity[=].detail.performer = Reference(role-family-partner)

Instance: encounter-fp-home-visit
InstanceOf: ECMHEncounter
Usage: #example
Title: "Example family-partner home visit"
* extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* status = #finished
* class = $ActCode#HH "home health"
* type[+] = $ECMHEncounterType#family-partner-visit "Family partner visit"
* type[+] = $ECMHActivity#emotional-support "Emotional and peer support"
* type[+] = $ECMHActivity#goal-setting "Family goal setting"
* subject = Reference(child-amara)
* basedOn = Reference(referral-family-partner)
* participant[+].individual = Reference(role-family-partner)
* participant[+].individual = Reference(caregiver-ngozi)
* period.start = "2026-11-20T10:00:00-05:00"
* period.end = "2026-11-20T11:15:00-05:00"
* serviceProvider = Reference(practice-riverside)

Instance: parent-group-tuesday
InstanceOf: ECMHParentGroup
Usage: #example
Title: "Example parent group"
* type = #person
* actual = true
* code = $ECMHEncounterType#parent-group-session "Parent group session"
* name = "Tuesday new-parents group"
* managingEntity = Reference(role-family-partner)
* member[+].entity = Reference(child-amara)
* member[=].period.start = "2026-11-24"

Instance: encounter-group-session
InstanceOf: ECMHEncounter
Usage: #example
Title: "Example parent-group session"
* extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* status = #finished
* class = $ActCode#AMB "ambulatory"
* type[+] = $ECMHEncounterType#parent-group-session "Parent group session"
* type[+] = $ECMHActivity#parent-group "Facilitating a parent group"
* subject = Reference(parent-group-tuesday)
* participant[+].individual = Reference(role-family-partner)
* participant[+].individual = Reference(caregiver-ngozi)
* period.start = "2026-11-24T18:00:00-05:00"
* period.end = "2026-11-24T19:30:00-05:00"
* serviceProvider = Reference(practice-riverside)

Instance: encounter-group-attendance-amara
InstanceOf: ECMHEncounter
Usage: #example
Title: "Example family attendance at a parent-group session"
* extension[serviceTier].valueCoding = $ECMHTier#prevention "Prevention"
* status = #finished
* class = $ActCode#AMB "ambulatory"
* type = $ECMHEncounterType#parent-group-attendance "Parent group attendance (one family)"
* subject = Reference(child-amara)
* participant[+].individual = Reference(role-family-partner)
* participant[+].individual = Reference(caregiver-ngozi)
* period.start = "2026-11-24T18:00:00-05:00"
* period.end = "2026-11-24T19:30:00-05:00"
* partOf = Reference(encounter-group-session)
