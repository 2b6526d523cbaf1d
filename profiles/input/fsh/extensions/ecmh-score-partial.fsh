Extension: ECMHScorePartial
Id: ecmh-score-partial
Title: "ECMH Partial Score"
Description: "Present (true) when a score was computed from a response in which some of its items were unanswered but the instrument's minimum was met (ecmh-scoring.minAnswered). The number of answered items is in `answered`."
Context: Observation
* ^status = #active
* ^experimental = false
* extension contains answered 1..1 MS and expected 1..1 MS
* extension[answered].value[x] only integer
* extension[expected].value[x] only integer
