// M-CHAT-R (c) 2009 Diana Robins, Deborah Fein, & Marianne Barton. Free for clinical use, BUT
// mchatscreen.com requires a licence agreement to distribute any electronic format in software
// (including EHRs), and allows a practice to build it into its own EMR for its own use. This package is
// distributed software, so it carries structure and scoring only; the practice adds the item text and
// instructions, unmodified and in order, in its own copy. No LOINC codes for M-CHAT-R were found.
// Scoring (mchatscreen.com scoring algorithm; Robins DL et al. Pediatrics 2014;133(1):37-45):
// NO = at risk for all items except 2, 5 and 12, where YES = at risk. 0-2 low; 3-7 medium (give the
// Follow-Up interview; positive if 2 or more items still fail); 8-20 high (refer without Follow-Up).
// Valid for 16-30 months.

Instance: ecmh-mchat-r
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "M-CHAT-R (structure and scoring)"
Description: "M-CHAT-R autism screen for toddlers 16-30 months: 20 yes/no items with their at-risk weights and the published risk bands, plus the result of the M-CHAT-R/F Follow-Up interview (number of items still failed). Item text is supplied by the practice (see copyright)."
* insert Instrument(ecmh-mchat-r, mchat-r, MCHATR)
* title = "Modified Checklist for Autism in Toddlers, Revised (M-CHAT-R) - structure and scoring"
* copyright = "M-CHAT-R/F (c) 2009 Diana Robins, Deborah Fein, & Marianne Barton. Item text and instructions are not included: distributing the M-CHAT-R/F in software requires a licence from the authors (mchatscreen.com). A practice may add them, unmodified and in order, to its own copy for use in its own medical record."
* insert Score(mchatr-total, M-CHAT-R total score, mchatr-total, child, 20, Robins 2014 Pediatrics 133:37; mchatscreen.com scoring algorithm)
* insert Category(autism)
* insert Sum(mchatr-1)
* insert Sum(mchatr-2)
* insert Sum(mchatr-3)
* insert Sum(mchatr-4)
* insert Sum(mchatr-5)
* insert Sum(mchatr-6)
* insert Sum(mchatr-7)
* insert Sum(mchatr-8)
* insert Sum(mchatr-9)
* insert Sum(mchatr-10)
* insert Sum(mchatr-11)
* insert Sum(mchatr-12)
* insert Sum(mchatr-13)
* insert Sum(mchatr-14)
* insert Sum(mchatr-15)
* insert Sum(mchatr-16)
* insert Sum(mchatr-17)
* insert Sum(mchatr-18)
* insert Sum(mchatr-19)
* insert Sum(mchatr-20)
* insert Reversed(mchatr-2)
* insert Reversed(mchatr-5)
* insert Reversed(mchatr-12)
* insert AgeBand(ge, 8, 16, 30, POS, high-risk, M-CHAT-R 8-20 high risk: Robins 2014 Pediatrics 133:37)
* insert AgeBand(ge, 3, 16, 30, POS, medium-risk, M-CHAT-R 3-7 medium risk - give Follow-Up: Robins 2014 Pediatrics 133:37)
* insert AgeBand(ge, 0, 16, 30, NEG, low-risk, M-CHAT-R 0-2 low risk: Robins 2014 Pediatrics 133:37)
* insert ItemScore(mchatrf-followup, M-CHAT-R/F Follow-Up items still failed, child, Robins 2014 Pediatrics 133:37)
* insert Category(autism)
* insert Sum(mchatrf-followup-failed)
* insert Band(ge, 2, POS, followup-positive, Follow-Up >=2 items failed = screen positive: Robins 2014 Pediatrics 133:37)
* insert Band(ge, 0, NEG, low-risk, Follow-Up 0-1 items failed = screen negative: Robins 2014 Pediatrics 133:37)
* insert MCHATItem(1, 0, 1)
* insert MCHATItem(2, 1, 0)
* insert MCHATItem(3, 0, 1)
* insert MCHATItem(4, 0, 1)
* insert MCHATItem(5, 1, 0)
* insert MCHATItem(6, 0, 1)
* insert MCHATItem(7, 0, 1)
* insert MCHATItem(8, 0, 1)
* insert MCHATItem(9, 0, 1)
* insert MCHATItem(10, 0, 1)
* insert MCHATItem(11, 0, 1)
* insert MCHATItem(12, 1, 0)
* insert MCHATItem(13, 0, 1)
* insert MCHATItem(14, 0, 1)
* insert MCHATItem(15, 0, 1)
* insert MCHATItem(16, 0, 1)
* insert MCHATItem(17, 0, 1)
* insert MCHATItem(18, 0, 1)
* insert MCHATItem(19, 0, 1)
* insert MCHATItem(20, 0, 1)
* insert ScoreItem(mchatr-total, M-CHAT-R total score)
* item[+].linkId = "mchatrf-followup-failed"
* item[=].text = "M-CHAT-R/F Follow-Up interview: number of items still failed (entered by the clinician)"
* item[=].type = #integer
