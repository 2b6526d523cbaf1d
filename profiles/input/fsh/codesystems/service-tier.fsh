CodeSystem: ECMHServiceTierCS
Id: ecmh-service-tier
Title: "ECMH Service Tiers"
Description: "Tiers of infant and early-childhood mental health consultation and integrated care. No HL7 / SNOMED CT code system for these tiers exists (see terminology page for SNOMED CT codes that approximate them)."
* insert ECMHCodeSystem
* #promotion "Promotion" "Universal: supports every family (anticipatory guidance, developmental information, positive parenting)."
* #prevention "Prevention" "Targeted: families with risk factors or a positive screen (brief family-partner or clinician support, parent groups, links to resources)."
* #intervention "Intervention" "Treatment: assessment and therapy for an identified concern (dyadic / family therapy, care coordination with specialty services)."
