// Hunger Vital Sign: Hager ER, Quigg AM, Black MM, et al. Development and validity of a 2-item screen to
// identify families at risk for food insecurity. Pediatrics 2010;126(1):e26-32. Free to use.
// All codes verified (SDOHCC HVS Questionnaire; tx.fhir.org LOINC 2.81/2.82 caches).

Instance: ecmh-hvs
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "Hunger Vital Sign"
Description: "Two-item household food-insecurity screen, answered by the caregiver, filed in the child's chart. At risk if either item is answered often true or sometimes true."
* insert Instrument(ecmh-hvs, hvs, HungerVitalSign)
* title = "Hunger Vital Sign (HVS)"
* code[+] = $LNC#88121-9 "Hunger Vital Sign [HVS]"
* copyright = "Hager ER et al. Pediatrics 2010;126(1):e26-32. Children's HealthWatch. Free to use."
* insert Score(hvs-risk, Hunger Vital Sign food insecurity risk, hvs-risk, household, 1, Hager 2010 Pediatrics 126:e26)
* insert Category(family-stressors)
* insert Equivalent($LNC, 88124-3, Food insecurity risk [HVS])
* insert Sum(hvs-1)
* insert Sum(hvs-2)
* insert Band(ge, 1, POS, food-insecurity-risk, Either item often/sometimes true = at risk: Hager 2010 Pediatrics 126:e26)
* insert BandValueCode($LNC, LA19952-3, At risk)
* insert Band(ge, 0, NEG, no-risk, Both items never true: Hager 2010 Pediatrics 126:e26)
* insert BandValueCode($LNC, LA19983-8, No risk)
* item[+].linkId = "hvs-1"
* item[=].code = $LNC#88122-7 "Within the past 12 months we worried whether our food would run out before we got money to buy more"
* item[=].text = "Within the past 12 months we worried whether our food would run out before we got money to buy more."
* insert HVSAnswers
* item[+].linkId = "hvs-2"
* item[=].code = $LNC#88123-5 "Within the past 12 months the food we bought just didn't last and we didn't have money to get more"
* item[=].text = "Within the past 12 months the food we bought just didn't last and we didn't have money to get more."
* insert HVSAnswers
* item[+].linkId = "hvs-risk"
* item[=].code = $LNC#88124-3 "Food insecurity risk [HVS]"
* item[=].text = "Food insecurity risk"
* item[=].type = #choice
* item[=].readOnly = true
* item[=].answerOption[+].valueCoding = $LNC#LA19952-3 "At risk"
* item[=].answerOption[+].valueCoding = $LNC#LA19983-8 "No risk"
