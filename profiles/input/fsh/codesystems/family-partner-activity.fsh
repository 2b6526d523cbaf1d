CodeSystem: ECMHFamilyPartnerActivity
Id: ecmh-family-partner-activity
Title: "ECMH Family Partner Activities"
Description: "What a family partner (a parent with lived experience trained as a peer supporter) does with a family, for encounters and care-plan activities. No standard code exists for peer-parent support activities."
* insert ECMHCodeSystem
* #outreach "Outreach and engagement" "First contact after a referral; explaining the program."
* #emotional-support "Emotional and peer support"
* #screening-support "Support with a screening or its results"
* #goal-setting "Family goal setting"
* #resource-navigation "Resource navigation" "Connecting the family with concrete-needs and community services."
* #care-coordination "Care coordination with the team and partners"
* #warm-handoff "Warm hand-off" "In-person introduction by a team member during a visit."
* #accompaniment "Accompanying the family to a partner service"
* #parent-group "Facilitating a parent group"
* #advocacy "Advocacy with schools, early intervention or agencies"
* #follow-up "Follow-up contact"
