// SWYC (Survey of Well-being of Young Children), (c) Tufts Medical Center 2010. Free to use, but its
// holders discourage modification and ask EHR builders to contact them: these Questionnaires carry
// STRUCTURE AND SCORING ONLY (linkIds, subscales, response weights, cut-offs). Item labels are ours
// ("Irritability item 1"); the practice supplies the SWYC item text under its own permission, mapping each
// form item to the linkId of its subscale as the SWYC manual instructs. No LOINC codes exist for SWYC.

RuleSet: SWYCCopyright
* copyright = "Survey of Well-being of Young Children (SWYC) (c) Tufts Medical Center 2010. This definition holds the structure and scoring only; SWYC item text is not included and is supplied by the practice under its own permission from the SWYC developers (teamupforchildren.org)."

// BPSC (children under 18 months): 12 items in 3 subscales of 4; response 0/1/2; a subscale score of
// 3 or more is positive (BPSC scoring guide; Sheldrick RC et al. Pediatrics 2013;131:e1185 - cut-off
// seen in a third-party copy of the scoring guide: V3, recheck against the SWYC manual).
Instance: ecmh-swyc-bpsc
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "SWYC BPSC (structure and scoring)"
Description: "Baby Pediatric Symptom Checklist (under 18 months): irritability, inflexibility and difficulty-with-routines subscales, each positive at 3 or more."
* insert Instrument(ecmh-swyc-bpsc, swyc-bpsc, SWYCBPSC)
* title = "SWYC Baby Pediatric Symptom Checklist (BPSC) - structure and scoring"
* insert SWYCCopyright
* insert Score(bpsc-irritability, BPSC irritability subscale score, bpsc-irritability-score, child, 4, BPSC scoring guide; Sheldrick 2013 Pediatrics 131:e1185)
* insert Category(social-emotional)
* insert Sum(bpsc-irritability-1)
* insert Sum(bpsc-irritability-2)
* insert Sum(bpsc-irritability-3)
* insert Sum(bpsc-irritability-4)
* insert AgeBand(ge, 3, 0, 17, POS, at-risk, BPSC subscale >=3 (V3 - recheck with SWYC manual\): BPSC scoring guide)
* insert AgeBand(ge, 0, 0, 17, NEG, no-risk, BPSC subscale 0-2: BPSC scoring guide)
* insert Score(bpsc-inflexibility, BPSC inflexibility subscale score, bpsc-inflexibility-score, child, 4, BPSC scoring guide; Sheldrick 2013 Pediatrics 131:e1185)
* insert Category(social-emotional)
* insert Sum(bpsc-inflexibility-1)
* insert Sum(bpsc-inflexibility-2)
* insert Sum(bpsc-inflexibility-3)
* insert Sum(bpsc-inflexibility-4)
* insert AgeBand(ge, 3, 0, 17, POS, at-risk, BPSC subscale >=3 (V3 - recheck with SWYC manual\): BPSC scoring guide)
* insert AgeBand(ge, 0, 0, 17, NEG, no-risk, BPSC subscale 0-2: BPSC scoring guide)
* insert Score(bpsc-routines, BPSC difficulty with routines subscale score, bpsc-routines-score, child, 4, BPSC scoring guide; Sheldrick 2013 Pediatrics 131:e1185)
* insert Category(social-emotional)
* insert Sum(bpsc-routines-1)
* insert Sum(bpsc-routines-2)
* insert Sum(bpsc-routines-3)
* insert Sum(bpsc-routines-4)
* insert AgeBand(ge, 3, 0, 17, POS, at-risk, BPSC subscale >=3 (V3 - recheck with SWYC manual\): BPSC scoring guide)
* insert AgeBand(ge, 0, 0, 17, NEG, no-risk, BPSC subscale 0-2: BPSC scoring guide)
* insert SWYCSymptomItem(bpsc-irritability-1, Irritability item 1)
* insert SWYCSymptomItem(bpsc-irritability-2, Irritability item 2)
* insert SWYCSymptomItem(bpsc-irritability-3, Irritability item 3)
* insert SWYCSymptomItem(bpsc-irritability-4, Irritability item 4)
* insert ScoreItem(bpsc-irritability-score, BPSC irritability subscale score)
* insert SWYCSymptomItem(bpsc-inflexibility-1, Inflexibility item 1)
* insert SWYCSymptomItem(bpsc-inflexibility-2, Inflexibility item 2)
* insert SWYCSymptomItem(bpsc-inflexibility-3, Inflexibility item 3)
* insert SWYCSymptomItem(bpsc-inflexibility-4, Inflexibility item 4)
* insert ScoreItem(bpsc-inflexibility-score, BPSC inflexibility subscale score)
* insert SWYCSymptomItem(bpsc-routines-1, Difficulty with routines item 1)
* insert SWYCSymptomItem(bpsc-routines-2, Difficulty with routines item 2)
* insert SWYCSymptomItem(bpsc-routines-3, Difficulty with routines item 3)
* insert SWYCSymptomItem(bpsc-routines-4, Difficulty with routines item 4)
* insert ScoreItem(bpsc-routines-score, BPSC difficulty with routines subscale score)

// PPSC (18-65 months): 18 items, response 0/1/2, total 0-36; a total of 9 or more is commonly cited as
// positive - UNVERIFIED (the SWYC manual's PPSC page was not readable in full): recheck before use.
Instance: ecmh-swyc-ppsc
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "SWYC PPSC (structure and scoring)"
Description: "Preschool Pediatric Symptom Checklist (18-65 months): 18 items, total positive at 9 or more (cut-off unverified)."
* insert Instrument(ecmh-swyc-ppsc, swyc-ppsc, SWYCPPSC)
* title = "SWYC Preschool Pediatric Symptom Checklist (PPSC) - structure and scoring"
* insert SWYCCopyright
* insert Score(ppsc-total, PPSC total score, ppsc-total, child, 18, SWYC manual (PPSC\) - cut-off UNVERIFIED)
* insert Category(social-emotional)
* insert Sum(ppsc-1)
* insert Sum(ppsc-2)
* insert Sum(ppsc-3)
* insert Sum(ppsc-4)
* insert Sum(ppsc-5)
* insert Sum(ppsc-6)
* insert Sum(ppsc-7)
* insert Sum(ppsc-8)
* insert Sum(ppsc-9)
* insert Sum(ppsc-10)
* insert Sum(ppsc-11)
* insert Sum(ppsc-12)
* insert Sum(ppsc-13)
* insert Sum(ppsc-14)
* insert Sum(ppsc-15)
* insert Sum(ppsc-16)
* insert Sum(ppsc-17)
* insert Sum(ppsc-18)
* insert AgeBand(ge, 9, 18, 65, POS, at-risk, PPSC >=9 - UNVERIFIED (commonly cited; recheck with SWYC manual\))
* insert AgeBand(ge, 0, 18, 65, NEG, no-risk, PPSC 0-8 - UNVERIFIED)
* insert SWYCSymptomItem(ppsc-1, PPSC item 1)
* insert SWYCSymptomItem(ppsc-2, PPSC item 2)
* insert SWYCSymptomItem(ppsc-3, PPSC item 3)
* insert SWYCSymptomItem(ppsc-4, PPSC item 4)
* insert SWYCSymptomItem(ppsc-5, PPSC item 5)
* insert SWYCSymptomItem(ppsc-6, PPSC item 6)
* insert SWYCSymptomItem(ppsc-7, PPSC item 7)
* insert SWYCSymptomItem(ppsc-8, PPSC item 8)
* insert SWYCSymptomItem(ppsc-9, PPSC item 9)
* insert SWYCSymptomItem(ppsc-10, PPSC item 10)
* insert SWYCSymptomItem(ppsc-11, PPSC item 11)
* insert SWYCSymptomItem(ppsc-12, PPSC item 12)
* insert SWYCSymptomItem(ppsc-13, PPSC item 13)
* insert SWYCSymptomItem(ppsc-14, PPSC item 14)
* insert SWYCSymptomItem(ppsc-15, PPSC item 15)
* insert SWYCSymptomItem(ppsc-16, PPSC item 16)
* insert SWYCSymptomItem(ppsc-17, PPSC item 17)
* insert SWYCSymptomItem(ppsc-18, PPSC item 18)
* insert ScoreItem(ppsc-total, PPSC total score)

// POSI (16-35 months): 7 items; each answer is classified positive or not by the practice's licensed form
// (the classification is not shipped); 3 or more positive items is commonly cited as positive - UNVERIFIED.
Instance: ecmh-swyc-posi
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "SWYC POSI (structure and scoring)"
Description: "Parent's Observations of Social Interactions (16-35 months): 7 items recorded as positive or not, total positive at 3 or more (cut-off unverified)."
* insert Instrument(ecmh-swyc-posi, swyc-posi, SWYCPOSI)
* title = "SWYC Parent's Observations of Social Interactions (POSI) - structure and scoring"
* insert SWYCCopyright
* insert Score(posi-total, POSI total score (items positive\), posi-total, child, 7, SWYC manual (POSI\) - cut-off UNVERIFIED)
* insert Category(autism)
* insert Sum(posi-1)
* insert Sum(posi-2)
* insert Sum(posi-3)
* insert Sum(posi-4)
* insert Sum(posi-5)
* insert Sum(posi-6)
* insert Sum(posi-7)
* insert AgeBand(ge, 3, 16, 35, POS, at-risk, POSI >=3 items positive - UNVERIFIED (commonly cited; recheck with SWYC manual\))
* insert AgeBand(ge, 0, 16, 35, NEG, no-risk, POSI 0-2 - UNVERIFIED)
* insert POSIItem(posi-1, POSI item 1)
* insert POSIItem(posi-2, POSI item 2)
* insert POSIItem(posi-3, POSI item 3)
* insert POSIItem(posi-4, POSI item 4)
* insert POSIItem(posi-5, POSI item 5)
* insert POSIItem(posi-6, POSI item 6)
* insert POSIItem(posi-7, POSI item 7)
* insert ScoreItem(posi-total, POSI total score)

// SWYC Milestones: 10 items per age form, response 0/1/2 (Not yet / Somewhat / Very much - V3). The
// age-specific cut-off comes from the SWYC scoring table for the child's age in months and is entered
// at screening (item milestones-cutoff); a total at or below it "needs review" - comparator UNVERIFIED.
Instance: ecmh-swyc-milestones
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "SWYC Milestones (structure and scoring)"
Description: "SWYC Developmental Milestones: 10 items of the age form, total compared with the age-specific cut-off entered from the practice's SWYC scoring table."
* insert Instrument(ecmh-swyc-milestones, swyc-milestones, SWYCMilestones)
* title = "SWYC Developmental Milestones - structure and scoring"
* insert SWYCCopyright
* insert Score(swyc-milestones-total, SWYC Milestones total score, milestones-total, child, 10, SWYC manual (Milestones scoring table\))
* insert Category(developmental)
* insert Sum(milestones-1)
* insert Sum(milestones-2)
* insert Sum(milestones-3)
* insert Sum(milestones-4)
* insert Sum(milestones-5)
* insert Sum(milestones-6)
* insert Sum(milestones-7)
* insert Sum(milestones-8)
* insert Sum(milestones-9)
* insert Sum(milestones-10)
* insert LinkedBand(le, milestones-cutoff, POS, needs-review, Total at or below the age cut-off = needs review: SWYC manual - comparator UNVERIFIED)
* insert Band(ge, 0, NEG, no-risk, Total above the age cut-off = appears to meet age expectations: SWYC manual)
* item[+].linkId = "milestones-form"
* item[=].text = "SWYC age form used (months, e.g. 9 for the 9-month form)"
* item[=].type = #integer
* insert SWYCMilestoneItem(milestones-1, Milestone item 1)
* insert SWYCMilestoneItem(milestones-2, Milestone item 2)
* insert SWYCMilestoneItem(milestones-3, Milestone item 3)
* insert SWYCMilestoneItem(milestones-4, Milestone item 4)
* insert SWYCMilestoneItem(milestones-5, Milestone item 5)
* insert SWYCMilestoneItem(milestones-6, Milestone item 6)
* insert SWYCMilestoneItem(milestones-7, Milestone item 7)
* insert SWYCMilestoneItem(milestones-8, Milestone item 8)
* insert SWYCMilestoneItem(milestones-9, Milestone item 9)
* insert SWYCMilestoneItem(milestones-10, Milestone item 10)
* insert EnteredNumber(milestones-cutoff, Needs-review cut-off for the child's age (from the SWYC scoring table\))
* insert ScoreItem(milestones-total, SWYC Milestones total score)

// SWYC Family Questions: only the parts with a published scoring rule are scored here. Caregiver
// depression = the two PHQ-2 items (>=3, Kroenke 2003); food insecurity = the two Hunger Vital Sign items
// (either often/sometimes true, Hager 2010). That the SWYC version in use carries these items with these
// response scales is V3 (SWYC users manual notes): confirm against the practice's form. The other Family
// Questions (tobacco, substance use, discord/safety, literacy) are recorded by the practice's own copy and
// reviewed by the clinician; the engine does not score them.
Instance: ecmh-swyc-family
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "SWYC Family Questions (scored parts)"
Description: "Scored parts of the SWYC Family Questions: caregiver depression (PHQ-2 items) and food insecurity (Hunger Vital Sign items)."
* insert Instrument(ecmh-swyc-family, swyc-family, SWYCFamilyQuestions)
* title = "SWYC Family Questions - scored parts"
* insert SWYCCopyright
* insert Score(swycfq-depression, SWYC Family Questions caregiver depression items (PHQ-2\) score, swycfq-depression-score, caregiver, 2, Kroenke 2003 Med Care 41:1284)
* insert Category(caregiver-mental-health)
* insert Sum(swycfq-depression-1)
* insert Sum(swycfq-depression-2)
* insert Band(ge, 3, POS, depression-positive, PHQ-2 >=3: Kroenke 2003 Med Care 41:1284; Arroll 2010 Ann Fam Med 8:348)
* insert Band(ge, 0, NEG, no-risk, PHQ-2 0-2: Kroenke 2003 Med Care 41:1284)
* insert Score(swycfq-food, SWYC Family Questions food insecurity items score, swycfq-food-score, household, 1, Hager 2010 Pediatrics 126:e26)
* insert Category(family-stressors)
* insert Sum(swycfq-food-1)
* insert Sum(swycfq-food-2)
* insert Band(ge, 1, POS, food-insecurity-risk, Either item often/sometimes true = at risk: Hager 2010 Pediatrics 126:e26)
* insert Band(ge, 0, NEG, no-risk, Both items never true: Hager 2010 Pediatrics 126:e26)
* item[+].linkId = "swycfq-depression-1"
* item[=].text = "Family Questions caregiver depression item 1 (PHQ-2 item 1)"
* insert PHQAnswers
* item[+].linkId = "swycfq-depression-2"
* item[=].text = "Family Questions caregiver depression item 2 (PHQ-2 item 2)"
* insert PHQAnswers
* insert ScoreItem(swycfq-depression-score, Caregiver depression items score)
* item[+].linkId = "swycfq-food-1"
* item[=].text = "Family Questions food item 1 (Hunger Vital Sign item 1)"
* insert HVSAnswers
* item[+].linkId = "swycfq-food-2"
* item[=].text = "Family Questions food item 2 (Hunger Vital Sign item 2)"
* insert HVSAnswers
* insert ScoreItem(swycfq-food-score, Food insecurity items score)
