// Building blocks shared by the screening Questionnaires.
// Answer weights use the core R4 extension ordinalValue on each answerOption (SDC calls it itemWeight
// from STU4 on). The scoring engine sums these weights as ecmh-scoring tells it to.

// subjectType is always Patient: every response is filed in the child's chart, also when it screens the
// caregiver (the caregiver is then named in QuestionnaireResponse.extension[ecmh-focus]).
RuleSet: Instrument(id, code, title)
* url = "http://fhir.ecmh.org/Questionnaire/{id}"
* name = "{title}"
* version = "0.1.0"
* status = #active
* experimental = false
* subjectType = #Patient
* code[+] = $ECMHInstrument#{code}
* publisher = "ECMH FHIR project"

RuleSet: Answer(system, code, display, weight)
* item[=].answerOption[+].valueCoding = {system}#{code} "{display}"
* item[=].answerOption[=].extension[$ordinalValue].valueDecimal = {weight}

// PHQ-2 / PHQ-9 / GAD-7 frequency scale (LOINC answer codes, verified: US Core PHQ-9 Questionnaire)
RuleSet: PHQAnswers
* item[=].type = #choice
* insert Answer($LNC, LA6568-5, Not at all, 0)
* insert Answer($LNC, LA6569-3, Several days, 1)
* insert Answer($LNC, LA6570-1, More than half the days, 2)
* insert Answer($LNC, LA6571-9, Nearly every day, 3)

// Hunger Vital Sign answers (LOINC, verified: SDOHCC HVS Questionnaire). Often/sometimes true = at risk.
RuleSet: HVSAnswers
* item[=].type = #choice
* insert Answer($LNC, LA28397-0, Often true, 1)
* insert Answer($LNC, LA6729-3, Sometimes true, 1)
* insert Answer($LNC, LA28398-8, Never true, 0)
* insert Answer($LNC, LA15775-2, Don't know/refused, 0)

// EPDS item header; its four options follow as Answer inserts in the printed order
RuleSet: Item(linkId, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #choice

// SWYC BPSC / PPSC item: structure only, the practice supplies the item text under its own permission
RuleSet: SWYCSymptomItem(linkId, label)
* item[+].linkId = "{linkId}"
* item[=].text = "{label}"
* item[=].type = #choice
* insert Answer($ECMHAnswer, swyc-not-at-all, Not at all, 0)
* insert Answer($ECMHAnswer, swyc-somewhat, Somewhat, 1)
* insert Answer($ECMHAnswer, swyc-very-much, Very much, 2)

RuleSet: SWYCMilestoneItem(linkId, label)
* item[+].linkId = "{linkId}"
* item[=].text = "{label}"
* item[=].type = #choice
* insert Answer($ECMHAnswer, swyc-not-yet, Not yet, 0)
* insert Answer($ECMHAnswer, swyc-somewhat-milestone, Somewhat, 1)
* insert Answer($ECMHAnswer, swyc-very-much-milestone, Very much, 2)

RuleSet: POSIItem(linkId, label)
* item[+].linkId = "{linkId}"
* item[=].text = "{label}"
* item[=].type = #choice
* insert Answer($ECMHAnswer, posi-item-positive, POSI item positive, 1)
* insert Answer($ECMHAnswer, posi-item-negative, POSI item not positive, 0)

// M-CHAT-R item: yes/no; the at-risk answer weighs 1 (NO for all items except 2, 5 and 12)
RuleSet: MCHATItem(n, yesWeight, noWeight)
* item[+].linkId = "mchatr-{n}"
* item[=].text = "M-CHAT-R item {n}"
* item[=].type = #choice
* insert Answer($YesNo, Y, Yes, {yesWeight})
* insert Answer($YesNo, N, No, {noWeight})

// A readOnly item the server fills with a computed score (ecmh-scoring.resultLinkId points at it)
RuleSet: ScoreItem(linkId, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #integer
* item[=].readOnly = true

// A number entered from licensed material (ASQ scores, cut-offs for the child's age interval)
RuleSet: EnteredNumber(linkId, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #decimal

// ---- scoring rules (extension ecmh-scoring) ----
RuleSet: Score(code, display, resultLinkId, screened, minAnswered, source)
* extension[scoring][+].extension[code].valueCoding = $ECMHScore#{code} "{display}"
* extension[scoring][=].extension[resultLinkId].valueString = "{resultLinkId}"
* extension[scoring][=].extension[screenedPerson].valueCode = #{screened}
* extension[scoring][=].extension[minAnswered].valueInteger = {minAnswered}
* extension[scoring][=].extension[source].valueString = "{source}"

// a score of one item (safety items): no calculated item of its own
RuleSet: ItemScore(code, display, screened, source)
* extension[scoring][+].extension[code].valueCoding = $ECMHScore#{code} "{display}"
* extension[scoring][=].extension[screenedPerson].valueCode = #{screened}
* extension[scoring][=].extension[minAnswered].valueInteger = 1
* extension[scoring][=].extension[source].valueString = "{source}"

// the screening domain of the score just started (Observation.category of its result)
RuleSet: Category(code)
* extension[scoring][=].extension[category].valueCoding = $ECMHScreeningCategory#{code}

RuleSet: Equivalent(system, code, display)
* extension[scoring][=].extension[equivalent].valueCoding = {system}#{code} "{display}"

RuleSet: Sum(linkId)
* extension[scoring][=].extension[item][+].valueString = "{linkId}"

RuleSet: Reversed(linkId)
* extension[scoring][=].extension[reversed][+].valueString = "{linkId}"

RuleSet: Band(comparator, value, interp, result, source)
* extension[scoring][=].extension[band][+].extension[comparator].valueCode = #{comparator}
* extension[scoring][=].extension[band][=].extension[value].valueDecimal = {value}
* extension[scoring][=].extension[band][=].extension[interpretation].valueCoding = $ObsInterp#{interp}
* extension[scoring][=].extension[band][=].extension[result].valueCoding = $ECMHResult#{result}
* extension[scoring][=].extension[band][=].extension[source].valueString = "{source}"

RuleSet: AgeBand(comparator, value, minAge, maxAge, interp, result, source)
* extension[scoring][=].extension[band][+].extension[comparator].valueCode = #{comparator}
* extension[scoring][=].extension[band][=].extension[value].valueDecimal = {value}
* extension[scoring][=].extension[band][=].extension[interpretation].valueCoding = $ObsInterp#{interp}
* extension[scoring][=].extension[band][=].extension[result].valueCoding = $ECMHResult#{result}
* extension[scoring][=].extension[band][=].extension[source].valueString = "{source}"
* extension[scoring][=].extension[band][=].extension[minAgeMonths].valueInteger = {minAge}
* extension[scoring][=].extension[band][=].extension[maxAgeMonths].valueInteger = {maxAge}

// threshold read from another item's answer (cut-off entered from licensed material)
RuleSet: LinkedBand(comparator, linkId, interp, result, source)
* extension[scoring][=].extension[band][+].extension[comparator].valueCode = #{comparator}
* extension[scoring][=].extension[band][=].extension[valueLinkId].valueString = "{linkId}"
* extension[scoring][=].extension[band][=].extension[interpretation].valueCoding = $ObsInterp#{interp}
* extension[scoring][=].extension[band][=].extension[result].valueCoding = $ECMHResult#{result}
* extension[scoring][=].extension[band][=].extension[source].valueString = "{source}"

RuleSet: BandValueCode(system, code, display)
* extension[scoring][=].extension[band][=].extension[valueCode].valueCoding = {system}#{code} "{display}"
