CodeSystem: ECMHPartnerType
Id: ecmh-partner-type
Title: "ECMH Community Partner Types"
Description: "Kinds of community partner organizations the ECMH team links families with, and the kinds of affiliation between the practice and a partner."
* insert ECMHCodeSystem
* #early-intervention "Early intervention (IDEA Part C) program"
* #early-education "Early education / child care / Head Start"
* #human-services "Human services agency (benefits, housing, child welfare)"
* #community-mental-health "Community mental health agency"
* #family-support "Family support / parenting program"
* #food-resource "Food resource (pantry, WIC office)"
* #referral-partner "Referral partner (affiliation)" "The partner receives ECMH referrals and returns feedback."
* #data-sharing-partner "Data-sharing partner (affiliation)" "The partner exchanges program data under a consent or agreement."
