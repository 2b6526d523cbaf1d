Profile: ECMHScreeningQuestionnaire
Parent: Questionnaire
Id: ecmh-screening-questionnaire
Title: "ECMH Screening Questionnaire"
Description: "A screening instrument definition whose scores the ECMH server computes from data alone: an ECMH instrument code, answer weights (ordinalValue) on the answer options, and one ecmh-scoring extension per score with its cut-offs and their sources. Proprietary or permission-restricted instruments (SWYC, M-CHAT-R, ASQ-3, ASQ:SE-2) carry structure and scoring only, never licensed item text."
* ^status = #active
* ^experimental = false
* extension contains ECMHScoring named scoring 1..* MS
* url 1..1 MS
* version 1..1 MS
* status MS
* subjectType MS
* code 1..* MS
* code from ECMHInstrumentVS (extensible)
* copyright MS
* item 1..* MS
* item.linkId MS
* item.code MS
* item.type MS
* item.readOnly MS
* item.answerOption MS
* obeys ecmh-q-instrument and ecmh-q-scored-items

Invariant: ecmh-q-instrument
Description: "Questionnaire.code carries an ECMH instrument code"
Expression: "code.where(system = 'http://fhir.ecmh.org/CodeSystem/ecmh-instrument').exists()"
Severity: #error

Invariant: ecmh-q-scored-items
Description: "Every linkId a scoring rule sums or fills is an item of this Questionnaire"
Expression: "extension.where(url = 'http://fhir.ecmh.org/StructureDefinition/ecmh-scoring').extension.where(url = 'item' or url = 'resultLinkId' or url = 'reversed').value.all(%resource.repeat(item).linkId contains $this)"
Severity: #error
