Extension: ECMHFocus
Id: ecmh-focus
Title: "ECMH Family Member Focus"
Description: """
The family member a resource is about when it is filed in the child's chart but concerns someone else,
usually the caregiver (a caregiver depression screen answered at the child's well visit, a referral for the
caregiver's own care). It mirrors `Observation.focus` for resource types that have no such element in R4
(QuestionnaireResponse, ServiceRequest, Task). The resource's `subject` stays the child: that is the chart.
"""
Context: QuestionnaireResponse, ServiceRequest, Task, Goal
* ^status = #active
* ^experimental = false
* value[x] only Reference(RelatedPerson or Patient)
* valueReference 1..1
