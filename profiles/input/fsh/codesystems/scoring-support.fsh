CodeSystem: ECMHScreeningPersonCS
Id: ecmh-screened-person
Title: "ECMH Screened Person"
Description: "Whose score a scoring rule yields: the child, the caregiver (filed in the child's chart, Observation.focus = caregiver), or the household (social needs; filed in the child's chart)."
* insert ECMHCodeSystem
* #child "Child"
* #caregiver "Caregiver"
* #household "Household"

CodeSystem: ECMHComparatorCS
Id: ecmh-comparator
Title: "ECMH Cut-off Comparators"
Description: "Comparators for scoring bands: the score is compared with the band threshold."
* insert ECMHCodeSystem
* #ge "greater than or equal"
* #gt "greater than"
* #le "less than or equal"
* #lt "less than"
