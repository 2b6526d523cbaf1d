CodeSystem: ECMHInstrument
Id: ecmh-instrument
Title: "ECMH Screening Instruments"
Description: "Identifiers of the screening instruments the guide knows. Every ECMH screening Questionnaire carries one of these in Questionnaire.code (plus the LOINC panel code where one is verified), because LOINC has no code for SWYC, M-CHAT-R, ASQ-3 or ASQ:SE-2."
* insert ECMHCodeSystem
* #phq-2 "Patient Health Questionnaire-2 (PHQ-2)"
* #phq-9 "Patient Health Questionnaire-9 (PHQ-9)"
* #gad-7 "Generalized Anxiety Disorder-7 (GAD-7)"
* #epds "Edinburgh Postnatal Depression Scale (EPDS)"
* #mchat-r "Modified Checklist for Autism in Toddlers, Revised (M-CHAT-R), with Follow-Up result"
* #hvs "Hunger Vital Sign"
* #swyc-bpsc "SWYC Baby Pediatric Symptom Checklist (BPSC)"
* #swyc-ppsc "SWYC Preschool Pediatric Symptom Checklist (PPSC)"
* #swyc-posi "SWYC Parent's Observations of Social Interactions (POSI)"
* #swyc-milestones "SWYC Developmental Milestones"
* #swyc-family "SWYC Family Questions"
* #asq-3 "Ages & Stages Questionnaires, Third Edition (ASQ-3) - scores only"
* #asq-se-2 "Ages & Stages Questionnaires: Social-Emotional, Second Edition (ASQ:SE-2) - score only"
