// Scoring as data: one ecmh-scoring extension per score an instrument yields (total, subscale, single
// safety item). The server's scoring engine reads only this extension and the answer weights
// (core ordinalValue on each answerOption); adding an instrument touches FSH, not Java.
Extension: ECMHScoring
Id: ecmh-scoring
Title: "ECMH Scoring Rule"
Description: """
One score that the server computes from a QuestionnaireResponse: which items sum into it, how many
must be answered, who is screened, and the ordered result bands (cut-offs) with their source.
Semantics:
* score = sum of the weights of the answers to the listed `item`s: the `ordinalValue` of the chosen
  answerOption, or the answer itself for integer/decimal items (scores entered from licensed material);
  answer weights already encode reversed items; `reversed` names them so a test and a reader can confirm it;
* if fewer than `minAnswered` items are answered, no valid score exists: the result is `IND`
  (indeterminate); if some but not all are answered and `minAnswered` is met, the score is marked partial;
* `band`s are tested in order; the first whose comparator holds (and whose age range, in completed
  months of the child's age on `QuestionnaireResponse.authored`, contains the child) gives the
  interpretation; a band may compare against another item's answer (`valueLinkId`) where the cut-off is
  itself an input from licensed material (ASQ, SWYC Milestones); when no band applies (child outside every
  band's age range, or a threshold item unanswered) the result is `IND`;
* `resultLinkId` names the readOnly item the server fills: with the score, or with the band's `valueCode`
  when that item is a choice (Hunger Vital Sign risk);
* `category` is the screening domain the result is filed under (`Observation.category`, beside `survey`);
* `screenedPerson` says whose score it is: the child, or the caregiver (result goes to the caregiver
  screening-result profile with `Observation.focus` = the caregiver, still in the child's chart).
"""
Context: Questionnaire
* ^status = #active
* ^experimental = false
* extension contains
    code 1..1 MS and
    category 1..1 MS and
    equivalent 0..* MS and
    resultLinkId 0..1 MS and
    item 1..* MS and
    reversed 0..* and
    minAnswered 0..1 MS and
    screenedPerson 1..1 MS and
    band 0..* MS and
    source 0..1
* extension[code] ^short = "The score's ECMH code (key the engine and the PlanDefinitions use)"
* extension[code].value[x] only Coding
* extension[code].valueCoding from ECMHScoreVS (required)
* extension[category] ^short = "What the score screens for: the domain category of its result Observation"
* extension[category].value[x] only Coding
* extension[category].valueCoding from ECMHScreeningCategoryVS (required)
* extension[equivalent] ^short = "Equivalent code (LOINC where verified) added as a second Observation.code coding"
* extension[equivalent].value[x] only Coding
* extension[resultLinkId] ^short = "linkId of the calculated (readOnly) item this score fills"
* extension[resultLinkId].value[x] only string
* extension[item] ^short = "linkId of an item whose answer weight sums into the score"
* extension[item].value[x] only string
* extension[reversed] ^short = "linkId of a reverse-scored item (its answerOption weights run high-to-low)"
* extension[reversed].value[x] only string
* extension[minAnswered] ^short = "Minimum answered items for a valid score (absent = all items)"
* extension[minAnswered].value[x] only integer
* extension[screenedPerson] ^short = "child | caregiver | household: whose score it is"
* extension[screenedPerson].value[x] only code
* extension[screenedPerson].valueCode from ECMHScreenedPersonVS (required)
* extension[source] ^short = "Published source of the scoring rule"
* extension[source].value[x] only string
* extension[band] ^short = "A result band (cut-off); tested in order, first match wins"
* extension[band].extension contains
    comparator 1..1 MS and
    value 0..1 MS and
    valueLinkId 0..1 MS and
    minAgeMonths 0..1 MS and
    maxAgeMonths 0..1 MS and
    interpretation 1..1 MS and
    result 0..1 MS and
    valueCode 0..1 and
    source 1..1 MS
* extension[band].extension[comparator] ^short = "ge | gt | le | lt: score <comparator> threshold"
* extension[band].extension[comparator].value[x] only code
* extension[band].extension[comparator].valueCode from ECMHComparatorVS (required)
* extension[band].extension[value] ^short = "Fixed threshold"
* extension[band].extension[value].value[x] only decimal
* extension[band].extension[valueLinkId] ^short = "Threshold read from this item's answer (licensed cut-off entered at screening)"
* extension[band].extension[valueLinkId].value[x] only string
* extension[band].extension[minAgeMonths] ^short = "Band applies from this age (completed months, inclusive)"
* extension[band].extension[minAgeMonths].value[x] only integer
* extension[band].extension[maxAgeMonths] ^short = "Band applies up to this age (completed months, inclusive)"
* extension[band].extension[maxAgeMonths].value[x] only integer
* extension[band].extension[interpretation] ^short = "POS | NEG | IND (v3 ObservationInterpretation)"
* extension[band].extension[interpretation].value[x] only Coding
* extension[band].extension[interpretation].valueCoding from ECMHInterpretationVS (required)
* extension[band].extension[result] ^short = "Instrument-specific band (e.g. probable depression, medium risk, urgent)"
* extension[band].extension[result].value[x] only Coding
* extension[band].extension[result].valueCoding from ECMHScreeningResultVS (required)
* extension[band].extension[valueCode] ^short = "Coded Observation value for this band (e.g. LOINC LA19952-3 At risk) instead of the number"
* extension[band].extension[valueCode].value[x] only Coding
* extension[band].extension[source] ^short = "Citation for this cut-off (and 'UNVERIFIED' where it is)"
* extension[band].extension[source].value[x] only string
* obeys ecmh-band-threshold

Invariant: ecmh-band-threshold
Description: "Every band has exactly one threshold: a fixed value or an item to read it from"
Expression: "extension.where(url = 'band').all(extension.where(url = 'value' or url = 'valueLinkId').count() = 1)"
Severity: #error
