Alias: $loinc = http://loinc.org

CodeSystem: FixtureTier
Id: fixture-tier
Title: "Fixture service tier"
Description: "Tiers of service used by the fixture profile."
* ^status = #active
* ^caseSensitive = true
* #promotion "Promotion" "Universal promotion of healthy development."
* #prevention "Prevention" "Targeted prevention."

ValueSet: FixtureTierVS
Id: fixture-tier-vs
Title: "Fixture service tier value set"
Description: "All fixture tiers."
* ^status = #active
* include codes from system FixtureTier

Extension: FixtureServiceTier
Id: fixture-service-tier
Title: "Fixture service tier extension"
Description: "The tier of service of an encounter."
* ^status = #active
* ^context[0].type = #element
* ^context[0].expression = "Encounter"
* value[x] only CodeableConcept
* valueCodeableConcept from FixtureTierVS (required)

Profile: FixtureEncounter
Parent: Encounter
Id: fixture-encounter
Title: "Fixture encounter"
Description: "An encounter that must name its subject and its service tier."
* ^status = #active
* extension contains FixtureServiceTier named serviceTier 1..1 MS
* subject 1..1 MS
* status MS
* class = http://terminology.hl7.org/CodeSystem/v3-ActCode#HH

Instance: fixture-encounter-example
InstanceOf: FixtureEncounter
Usage: #example
Title: "Home visit"
Description: "A home visit in the prevention tier."
* status = #finished
* class = http://terminology.hl7.org/CodeSystem/v3-ActCode#HH
* subject.display = "Child"
* extension[serviceTier].valueCodeableConcept = FixtureTier#prevention
