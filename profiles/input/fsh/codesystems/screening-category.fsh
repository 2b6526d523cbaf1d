CodeSystem: ECMHScreeningCategory
Id: ecmh-screening-category
Title: "ECMH Screening Categories"
Description: "What a screening result is about; the second category of every ECMH screening-result Observation (beside observation-category#survey), used to search and report by domain. US Core's screening-assessment categories (sdoh, functional-status, ...) have no social-emotional or caregiver mental-health code."
* insert ECMHCodeSystem
* #social-emotional "Child social-emotional / behavioral screening"
* #developmental "Child developmental screening"
* #autism "Child autism-specific screening"
* #caregiver-mental-health "Caregiver depression / anxiety screening"
* #family-stressors "Family stressors and social needs (food insecurity, ...)"
