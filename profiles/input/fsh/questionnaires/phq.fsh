// PHQ-2, PHQ-9 and GAD-7: free to reproduce (Pfizer; "No permission required to reproduce, translate,
// display or distribute"). Item and answer LOINC codes verified (domain.md appendix 2-3: US Core PHQ-9
// Questionnaire, tx.fhir.org SDC cache, HL7 PHR format IG).

Instance: ecmh-phq-2
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "PHQ-2"
Description: "Patient Health Questionnaire-2, caregiver depression screen, answered by the caregiver at the child's visit and filed in the child's chart."
* insert Instrument(ecmh-phq-2, phq-2, PHQ2)
* title = "Patient Health Questionnaire-2 (PHQ-2)"
* code[+] = $LNC#55757-9 "Patient Health Questionnaire 2 item (PHQ-2) [Reported]"
* copyright = "PHQ developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
// Cut-off >=3: Kroenke K, Spitzer RL, Williams JB. Med Care 2003;41(11):1284-92; Arroll B et al. Ann Fam Med 2010;8(4):348-53.
* insert Score(phq2-total, PHQ-2 total score, phq2-total, caregiver, 2, Kroenke 2003 Med Care 41:1284)
* insert Category(caregiver-mental-health)
* insert Equivalent($LNC, 55758-7, Patient Health Questionnaire 2 item (PHQ-2\) total score [Reported])
* insert Sum(phq2-1)
* insert Sum(phq2-2)
* insert Band(ge, 3, POS, depression-positive, PHQ-2 >=3: Kroenke 2003 Med Care 41:1284; Arroll 2010 Ann Fam Med 8:348)
* insert Band(ge, 0, NEG, no-risk, PHQ-2 0-2: Kroenke 2003 Med Care 41:1284)
* item[+].linkId = "phq2-intro"
* item[=].type = #display
* item[=].text = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
* item[+].linkId = "phq2-1"
* item[=].code = $LNC#44250-9 "Little interest or pleasure in doing things in last 2 weeks"
* item[=].text = "Little interest or pleasure in doing things"
* insert PHQAnswers
* item[+].linkId = "phq2-2"
* item[=].code = $LNC#44255-8 "Feeling down, depressed, or hopeless in last 2 weeks"
* item[=].text = "Feeling down, depressed, or hopeless"
* insert PHQAnswers
* insert ScoreItem(phq2-total, PHQ-2 total score)
* item[=].code = $LNC#55758-7 "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"

Instance: ecmh-phq-9
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "PHQ-9"
Description: "Patient Health Questionnaire-9, caregiver depression, with item 9 (thoughts of death or self-harm) as its own urgent score."
* insert Instrument(ecmh-phq-9, phq-9, PHQ9)
* title = "Patient Health Questionnaire-9 (PHQ-9)"
* code[+] = $LNC#44249-1 "PHQ-9 quick depression assessment panel [Reported.PHQ]"
* copyright = "PHQ developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
// Cut-off >=10 (moderate; severity 5/10/15/20): Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16(9):606-13.
* insert Score(phq9-total, PHQ-9 total score, phq9-total, caregiver, 9, Kroenke 2001 J Gen Intern Med 16:606)
* insert Category(caregiver-mental-health)
* insert Equivalent($LNC, 44261-6, Patient Health Questionnaire 9 item (PHQ-9\) total score [Reported])
* insert Sum(phq9-1)
* insert Sum(phq9-2)
* insert Sum(phq9-3)
* insert Sum(phq9-4)
* insert Sum(phq9-5)
* insert Sum(phq9-6)
* insert Sum(phq9-7)
* insert Sum(phq9-8)
* insert Sum(phq9-9)
* insert Band(ge, 10, POS, depression-positive, PHQ-9 >=10: Kroenke 2001 J Gen Intern Med 16:606)
* insert Band(ge, 0, NEG, no-risk, PHQ-9 0-9: Kroenke 2001 J Gen Intern Med 16:606)
// Item 9: any answer other than "Not at all" calls for a same-day safety assessment (PHQ-9 instructions: Kroenke 2001).
* insert ItemScore(phq9-self-harm, PHQ-9 item 9 answer weight, caregiver, PHQ-9 item 9: Kroenke 2001 J Gen Intern Med 16:606)
* insert Category(caregiver-mental-health)
* insert Sum(phq9-9)
* insert Band(ge, 1, POS, self-harm-risk, PHQ-9 item 9 >=1 (any endorsement\): Kroenke 2001 J Gen Intern Med 16:606)
* insert Band(ge, 0, NEG, no-risk, PHQ-9 item 9 = 0)
* item[+].linkId = "phq9-intro"
* item[=].type = #display
* item[=].text = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
* item[+].linkId = "phq9-1"
* item[=].code = $LNC#44250-9 "Little interest or pleasure in doing things in last 2 weeks"
* item[=].text = "Little interest or pleasure in doing things"
* insert PHQAnswers
* item[+].linkId = "phq9-2"
* item[=].code = $LNC#44255-8 "Feeling down, depressed, or hopeless in last 2 weeks"
* item[=].text = "Feeling down, depressed, or hopeless"
* insert PHQAnswers
* item[+].linkId = "phq9-3"
* item[=].code = $LNC#44259-0 "Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]"
* item[=].text = "Trouble falling or staying asleep, or sleeping too much"
* insert PHQAnswers
* item[+].linkId = "phq9-4"
* item[=].code = $LNC#44254-1 "Feeling tired or having little energy in last 2 weeks [Reported.PHQ]"
* item[=].text = "Feeling tired or having little energy"
* insert PHQAnswers
* item[+].linkId = "phq9-5"
* item[=].code = $LNC#44251-7 "Poor appetite or overeating in last 2 weeks [Reported.PHQ]"
* item[=].text = "Poor appetite or overeating"
* insert PHQAnswers
* item[+].linkId = "phq9-6"
* item[=].code = $LNC#44258-2 "Feeling bad about yourself - or that you are a failure or have let yourself or your family down in last 2 weeks [Reported.PHQ]"
* item[=].text = "Feeling bad about yourself - or that you are a failure or have let yourself or your family down"
* insert PHQAnswers
* item[+].linkId = "phq9-7"
* item[=].code = $LNC#44252-5 "Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks [Reported.PHQ]"
* item[=].text = "Trouble concentrating on things, such as reading the newspaper or watching television"
* insert PHQAnswers
* item[+].linkId = "phq9-8"
* item[=].code = $LNC#44253-3 "Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks [Reported.PHQ]"
* item[=].text = "Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual"
* insert PHQAnswers
* item[+].linkId = "phq9-9"
* item[=].code = $LNC#44260-8 "Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]"
* item[=].text = "Thoughts that you would be better off dead or of hurting yourself in some way"
* insert PHQAnswers
* item[+].linkId = "phq9-difficulty"
* item[=].code = $LNC#69722-7 "How difficult have these made it for you to do your work, take care of things at home, or get along with other people [Reported.PHQ]"
* item[=].text = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?"
* item[=].type = #choice
* item[=].answerOption[+].valueCoding = $ECMHAnswer#phq-difficulty-0 "Not difficult at all"
* item[=].answerOption[+].valueCoding = $ECMHAnswer#phq-difficulty-1 "Somewhat difficult"
* item[=].answerOption[+].valueCoding = $ECMHAnswer#phq-difficulty-2 "Very difficult"
* item[=].answerOption[+].valueCoding = $ECMHAnswer#phq-difficulty-3 "Extremely difficult"
* insert ScoreItem(phq9-total, PHQ-9 total score)
* item[=].code = $LNC#44261-6 "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"

Instance: ecmh-gad-7
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "GAD-7"
Description: "Generalized Anxiety Disorder-7, caregiver anxiety."
* insert Instrument(ecmh-gad-7, gad-7, GAD7)
* title = "Generalized Anxiety Disorder-7 (GAD-7)"
* code[+] = $LNC#69737-5 "Generalized anxiety disorder 7 item (GAD-7)"
* copyright = "GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
// Cut-off >=10 (severity 5/10/15): Spitzer RL, Kroenke K, Williams JB, Lowe B. Arch Intern Med 2006;166(10):1092-7.
* insert Score(gad7-total, GAD-7 total score, gad7-total, caregiver, 7, Spitzer 2006 Arch Intern Med 166:1092)
* insert Category(caregiver-mental-health)
* insert Equivalent($LNC, 70274-6, Generalized anxiety disorder 7 item (GAD-7\) total score [Reported.PHQ])
* insert Sum(gad7-1)
* insert Sum(gad7-2)
* insert Sum(gad7-3)
* insert Sum(gad7-4)
* insert Sum(gad7-5)
* insert Sum(gad7-6)
* insert Sum(gad7-7)
* insert Band(ge, 10, POS, anxiety-positive, GAD-7 >=10: Spitzer 2006 Arch Intern Med 166:1092)
* insert Band(ge, 0, NEG, no-risk, GAD-7 0-9: Spitzer 2006 Arch Intern Med 166:1092)
* item[+].linkId = "gad7-intro"
* item[=].type = #display
* item[=].text = "Over the last 2 weeks, how often have you been bothered by the following problems?"
* item[+].linkId = "gad7-1"
* item[=].code = $LNC#69725-0 "Feeling nervous, anxious or on edge in last 2 weeks"
* item[=].text = "Feeling nervous, anxious, or on edge"
* insert PHQAnswers
* item[+].linkId = "gad7-2"
* item[=].code = $LNC#68509-9 "Not able to stop or control worrying in the last 2 weeks"
* item[=].text = "Not being able to stop or control worrying"
* insert PHQAnswers
* item[+].linkId = "gad7-3"
* item[=].code = $LNC#69733-4 "Worrying too much about different things in last 2 weeks [Reported.PHQ]"
* item[=].text = "Worrying too much about different things"
* insert PHQAnswers
* item[+].linkId = "gad7-4"
* item[=].code = $LNC#69734-2 "Trouble relaxing in last 2 weeks [Reported.PHQ]"
* item[=].text = "Trouble relaxing"
* insert PHQAnswers
* item[+].linkId = "gad7-5"
* item[=].code = $LNC#69735-9 "Being so restless that it is hard to sit still in last 2 weeks [Reported.PHQ]"
* item[=].text = "Being so restless that it is hard to sit still"
* insert PHQAnswers
// 69689-8: confirmed as the GAD-7 item-6 code; its LOINC long name is unconfirmed (see terminology page), so no display.
* item[+].linkId = "gad7-6"
* item[=].code = $LNC#69689-8
* item[=].text = "Becoming easily annoyed or irritable"
* insert PHQAnswers
* item[+].linkId = "gad7-7"
* item[=].code = $LNC#69736-7 "Feeling afraid as if something awful might happen in last 2 weeks [Reported.PHQ]"
* item[=].text = "Feeling afraid, as if something awful might happen"
* insert PHQAnswers
* insert ScoreItem(gad7-total, GAD-7 total score)
* item[=].code = $LNC#70274-6 "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"
