RuleSet: ECMHCodeSystem
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "ECMH FHIR project"

RuleSet: ECMHValueSet
* ^status = #active
* ^experimental = false
* ^publisher = "ECMH FHIR project"
