Profile: ECMHCarePlan
Parent: CarePlan
Id: ecmh-careplan
Title: "ECMH Family Care Plan"
Description: "The family-centred plan of the integrated team for a child: the family's goals, the activities (family-partner visits, clinician sessions, referrals, parent groups) with their service tier, the care team, and what the plan addresses (positive screens, concerns). Follows MCC eCare Plan's must-support choices (contributor, careTeam, addresses, supportingInfo, goal, activity.reference, activity.outcomeReference)."
* ^status = #active
* ^experimental = false
* instantiatesCanonical MS
* instantiatesCanonical ^short = "The ECMH care-pathway PlanDefinition this plan came from"
* status MS
* intent MS
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains ecmh 1..1 MS
* category[ecmh] = $ECMHCarePlanCategory#ecmh-family-plan
* title MS
* subject 1..1 MS
* subject only Reference(Patient)
* period MS
* author MS
* contributor MS
* contributor ^short = "Who shaped the plan: caregivers (RelatedPerson) and team members"
* careTeam MS
* careTeam only Reference(ECMHCareTeam)
* addresses MS
* addresses ^short = "Conditions / concerns addressed (positive screens go in supportingInfo)"
* supportingInfo MS
* goal 1..* MS
* goal only Reference(ECMHGoal)
* activity MS
* activity.extension contains ECMHServiceTier named serviceTier 0..1 MS
* activity.outcomeReference MS
* activity.reference MS
* activity.reference only Reference(ServiceRequest or Task or Appointment or CommunicationRequest or RequestGroup)
* activity.detail MS
* activity.detail.kind MS
* activity.detail.code MS
* activity.detail.status MS
* activity.detail.performer MS
* note MS

Profile: ECMHGoal
Parent: Goal
Id: ecmh-goal
Title: "ECMH Family Goal"
Description: "A goal the family sets (in its own words, in `description.text`) with the team, e.g. \"calmer bedtimes\" or \"I feel less alone\". `expressedBy` names the caregiver (or the team member) who voiced it. Follows US Core / SDOHCC Goal (lifecycleStatus, description, subject, target.due, achievementStatus, addresses)."
* ^status = #active
* ^experimental = false
* extension contains ECMHFocus named familyMember 0..1 MS
* lifecycleStatus MS
* achievementStatus MS
* category MS
* description MS
* description.text 1..1 MS
* description.text ^short = "The goal in the family's words"
* subject 1..1 MS
* subject only Reference(Patient)
* start[x] MS
* target MS
* target.due[x] MS
* target.measure MS
* statusDate MS
* expressedBy 1..1 MS
* expressedBy only Reference(RelatedPerson or Patient or Practitioner or PractitionerRole)
* expressedBy ^short = "The caregiver (family-set goal) or team member who voiced it"
* addresses MS
* addresses only Reference(Observation or Condition or ServiceRequest or RiskAssessment)
* outcomeReference MS
* note MS
