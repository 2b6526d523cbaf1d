CodeSystem: ECMHEncounterType
Id: ecmh-encounter-type
Title: "ECMH Encounter Types"
Description: "Kinds of ECMH team contact. Setting (office, home, phone/video, community) goes in Encounter.class (v3 ActCode)."
* insert ECMHCodeSystem
* #family-partner-visit "Family partner visit"
* #clinician-visit "ECMH clinician visit"
* #joint-visit "Joint family partner and clinician visit"
* #well-visit-consult "ECMH consult during a well-child visit"
* #parent-group-session "Parent group session"
* #parent-group-attendance "Parent group attendance (one family)"
