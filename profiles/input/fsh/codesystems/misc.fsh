CodeSystem: ECMHTaskOutput
Id: ecmh-task-output
Title: "ECMH Referral Task Output Types"
Description: "Kinds of output a closed-loop referral Task returns (SDOHCC uses its temporary codes resulting-activity and additional-content for the same purpose)."
* insert ECMHCodeSystem
* #resulting-encounter "Resulting encounter" "The visit that fulfilled the referral."
* #resulting-careplan "Resulting care plan"
* #feedback "Feedback to the referrer" "A note or document from the receiver."
* #outcome "Outcome observation"

CodeSystem: ECMHCommunicationCategory
Id: ecmh-communication-category
Title: "ECMH Communication Categories"
Description: "Kinds of messages between ECMH team members and partners."
* insert ECMHCodeSystem
* #handoff "Team hand-off" "Passing responsibility for a family or a task to another team member."
* #referral-update "Referral update" "Status or feedback on a referral."
* #care-coordination "Care coordination"
* #case-review "Team case review"

CodeSystem: ECMHCarePlanCategory
Id: ecmh-careplan-category
Title: "ECMH Care Plan Categories"
Description: "Categories of ECMH care plans."
* insert ECMHCodeSystem
* #ecmh-family-plan "ECMH family care plan" "Family-centred plan of the integrated early-childhood mental health team."

CodeSystem: ECMHAnswer
Id: ecmh-answer
Title: "ECMH Answer Codes"
Description: "Answer codes for instruments whose answers have no verified LOINC answer (LA) codes: EPDS (Cox, Holden and Sagovsky 1987; answer wording as published), SWYC response levels (generic labels; the practice supplies the item text), and POSI item results."
* insert ECMHCodeSystem
// EPDS: code = item-option (option order as printed). Weights live in the Questionnaire, not here.
* #epds-1a "As much as I always could"
* #epds-1b "Not quite so much now"
* #epds-1c "Definitely not so much now"
* #epds-1d "Not at all"
* #epds-2a "As much as I ever did"
* #epds-2b "Rather less than I used to"
* #epds-2c "Definitely less than I used to"
* #epds-2d "Hardly at all"
* #epds-3a "Yes, most of the time"
* #epds-3b "Yes, some of the time"
* #epds-3c "Not very often"
* #epds-3d "No, never"
* #epds-4a "No, not at all"
* #epds-4b "Hardly ever"
* #epds-4c "Yes, sometimes"
* #epds-4d "Yes, very often"
* #epds-5a "Yes, quite a lot"
* #epds-5b "Yes, sometimes"
* #epds-5c "No, not much"
* #epds-5d "No, not at all"
* #epds-6a "Yes, most of the time I haven't been able to cope at all"
* #epds-6b "Yes, sometimes I haven't been coping as well as usual"
* #epds-6c "No, most of the time I have coped quite well"
* #epds-6d "No, I have been coping as well as ever"
* #epds-7a "Yes, most of the time"
* #epds-7b "Yes, sometimes"
* #epds-7c "Not very often"
* #epds-7d "No, not at all"
* #epds-8a "Yes, most of the time"
* #epds-8b "Yes, quite often"
* #epds-8c "Not very often"
* #epds-8d "No, not at all"
* #epds-9a "Yes, most of the time"
* #epds-9b "Yes, quite often"
* #epds-9c "Only occasionally"
* #epds-9d "No, never"
* #epds-10a "Yes, quite often"
* #epds-10b "Sometimes"
* #epds-10c "Hardly ever"
* #epds-10d "Never"
// SWYC BPSC / PPSC response levels (0 / 1 / 2)
* #swyc-not-at-all "Not at all"
* #swyc-somewhat "Somewhat"
* #swyc-very-much "Very much"
// SWYC Milestones response levels (0 / 1 / 2)
* #swyc-not-yet "Not yet"
* #swyc-somewhat-milestone "Somewhat"
* #swyc-very-much-milestone "Very much"
// POSI: each item's answer is classified by the practice's licensed form into positive or not
* #posi-item-positive "POSI item positive"
* #posi-item-negative "POSI item not positive"
// PHQ-9 difficulty item (not scored); LOINC LA codes for it were not verified
* #phq-difficulty-0 "Not difficult at all"
* #phq-difficulty-1 "Somewhat difficult"
* #phq-difficulty-2 "Very difficult"
* #phq-difficulty-3 "Extremely difficult"
