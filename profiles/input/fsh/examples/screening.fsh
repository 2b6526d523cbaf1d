// Screening at the 6-month visit: EPDS answered by Ngozi about herself (filed in Amara's chart) and BPSC
// answered by Ngozi about Amara, with the results the server computes from them.

RuleSet: Answered(linkId, system, code)
* item[+].linkId = "{linkId}"
* item[=].answer.valueCoding = {system}#{code}

RuleSet: AnsweredScore(linkId, score)
* item[+].linkId = "{linkId}"
* item[=].answer.valueInteger = {score}

Instance: qr-epds-ngozi
InstanceOf: ECMHScreeningResponse
Usage: #example
Title: "Example EPDS response (caregiver screened, child's chart)"
* questionnaire = "http://fhir.ecmh.org/Questionnaire/ecmh-epds"
* status = #completed
* subject = Reference(child-amara)
* extension[screenedPerson].valueReference = Reference(caregiver-ngozi)
* authored = "2026-11-16T09:40:00-05:00"
* author = Reference(caregiver-ngozi)
* source = Reference(caregiver-ngozi)
// weights 1+1+2+2+2+2+1+2+1+0 = 14 (probable depression, item 10 not endorsed)
* insert Answered(epds-1, $ECMHAnswer, epds-1b)
* insert Answered(epds-2, $ECMHAnswer, epds-2b)
* insert Answered(epds-3, $ECMHAnswer, epds-3b)
* insert Answered(epds-4, $ECMHAnswer, epds-4c)
* insert Answered(epds-5, $ECMHAnswer, epds-5b)
* insert Answered(epds-6, $ECMHAnswer, epds-6b)
* insert Answered(epds-7, $ECMHAnswer, epds-7c)
* insert Answered(epds-8, $ECMHAnswer, epds-8b)
* insert Answered(epds-9, $ECMHAnswer, epds-9c)
* insert Answered(epds-10, $ECMHAnswer, epds-10d)
* insert AnsweredScore(epds-total, 14)

Instance: obs-epds-ngozi
InstanceOf: ECMHCaregiverScreeningResult
Usage: #example
Title: "Example caregiver EPDS result"
* status = #final
* category[survey] = $ObsCat#survey "Survey"
* category[domain] = $ECMHScreeningCategory#caregiver-mental-health "Caregiver depression / anxiety screening"
* code = $ECMHScore#epds-total "EPDS total score"
* subject = Reference(child-amara)
* focus = Reference(caregiver-ngozi)
* effectiveDateTime = "2026-11-16T09:40:00-05:00"
* performer = Reference(caregiver-ngozi) // the respondent (self- or parent-report)
* valueInteger = 14
* interpretation[+] = $ObsInterp#POS "Positive"
* interpretation[+] = $ECMHResult#probable-depression "Probable depression (EPDS 13 or more)"
* derivedFrom = Reference(qr-epds-ngozi)

Instance: qr-bpsc-amara
InstanceOf: ECMHScreeningResponse
Usage: #example
Title: "Example BPSC response (child screened)"
* questionnaire = "http://fhir.ecmh.org/Questionnaire/ecmh-swyc-bpsc"
* status = #completed
* subject = Reference(child-amara)
* authored = "2026-11-16T09:45:00-05:00"
* author = Reference(caregiver-ngozi)
* source = Reference(caregiver-ngozi)
* insert Answered(bpsc-irritability-1, $ECMHAnswer, swyc-somewhat)
* insert Answered(bpsc-irritability-2, $ECMHAnswer, swyc-very-much)
* insert Answered(bpsc-irritability-3, $ECMHAnswer, swyc-somewhat)
* insert Answered(bpsc-irritability-4, $ECMHAnswer, swyc-not-at-all)
* insert AnsweredScore(bpsc-irritability-score, 4)
* insert Answered(bpsc-inflexibility-1, $ECMHAnswer, swyc-not-at-all)
* insert Answered(bpsc-inflexibility-2, $ECMHAnswer, swyc-somewhat)
* insert Answered(bpsc-inflexibility-3, $ECMHAnswer, swyc-not-at-all)
* insert Answered(bpsc-inflexibility-4, $ECMHAnswer, swyc-not-at-all)
* insert AnsweredScore(bpsc-inflexibility-score, 1)
* insert Answered(bpsc-routines-1, $ECMHAnswer, swyc-somewhat)
* insert Answered(bpsc-routines-2, $ECMHAnswer, swyc-not-at-all)
* insert Answered(bpsc-routines-3, $ECMHAnswer, swyc-somewhat)
* insert Answered(bpsc-routines-4, $ECMHAnswer, swyc-not-at-all)
* insert AnsweredScore(bpsc-routines-score, 2)

Instance: obs-bpsc-irritability-amara
InstanceOf: ECMHScreeningResult
Usage: #example
Title: "Example BPSC irritability result (positive)"
* status = #final
* category[survey] = $ObsCat#survey "Survey"
* category[domain] = $ECMHScreeningCategory#social-emotional "Child social-emotional / behavioral screening"
* code = $ECMHScore#bpsc-irritability "BPSC irritability subscale score"
* subject = Reference(child-amara)
* effectiveDateTime = "2026-11-16T09:45:00-05:00"
* performer = Reference(caregiver-ngozi) // the respondent (self- or parent-report)
* valueInteger = 4
* interpretation[+] = $ObsInterp#POS "Positive"
* interpretation[+] = $ECMHResult#at-risk "At risk (above cut-off): needs further review"
* derivedFrom = Reference(qr-bpsc-amara)

Instance: qr-hvs-ngozi
InstanceOf: ECMHScreeningResponse
Usage: #example
Title: "Example Hunger Vital Sign response (household)"
* questionnaire = "http://fhir.ecmh.org/Questionnaire/ecmh-hvs"
* status = #completed
* subject = Reference(child-amara)
* authored = "2026-11-16T09:42:00-05:00"
* author = Reference(caregiver-ngozi)
* source = Reference(caregiver-ngozi)
* insert Answered(hvs-1, $LNC, LA6729-3)
* insert Answered(hvs-2, $LNC, LA28398-8)
* insert Answered(hvs-risk, $LNC, LA19952-3)

Instance: obs-hvs-amara
InstanceOf: ECMHScreeningResult
Usage: #example
Title: "Example Hunger Vital Sign result (at risk)"
* status = #final
* category[survey] = $ObsCat#survey "Survey"
* category[domain] = $ECMHScreeningCategory#family-stressors "Family stressors and social needs (food insecurity, ...)"
* code.coding[+] = $ECMHScore#hvs-risk "Hunger Vital Sign food insecurity risk"
* code.coding[+] = $LNC#88124-3 "Food insecurity risk [HVS]"
* subject = Reference(child-amara)
* effectiveDateTime = "2026-11-16T09:42:00-05:00"
* performer = Reference(caregiver-ngozi) // the respondent (self- or parent-report)
* valueCodeableConcept = $LNC#LA19952-3 "At risk"
* interpretation[+] = $ObsInterp#POS "Positive"
* interpretation[+] = $ECMHResult#food-insecurity-risk "At risk of food insecurity"
* derivedFrom = Reference(qr-hvs-ngozi)
