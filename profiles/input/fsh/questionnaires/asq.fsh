// ASQ-3 and ASQ:SE-2 (c) Paul H. Brookes Publishing Co.: proprietary; adapting or reformatting them needs
// written permission. These Questionnaires therefore hold NO items and NO cut-off values: the clinician
// enters the domain/total scores and the cut-offs for the child's questionnaire interval from the
// practice's licensed materials; the engine only compares them. No LOINC codes exist for ASQ-3 / ASQ:SE-2.
// ASQ-3: a domain score below the cut-off (2 SD below the mean) = refer for further assessment; between
// the cut-off and the monitoring-zone boundary (1 SD) = monitor (support.agesandstages.com, V3).
// ASQ:SE-2: a total ABOVE the cut-off = concern (support.agesandstages.com, V3).

RuleSet: ASQCopyright
* copyright = "ASQ-3 and ASQ:SE-2 (c) Paul H. Brookes Publishing Co. This definition records scores and cut-offs entered from the practice's licensed materials only; it contains no ASQ items, cut-off tables or forms."

RuleSet: ASQDomain(key, label)
* insert Score(asq3-{key}, ASQ-3 {label} domain score, asq3-{key}, child, 1, ASQ-3 User's Guide (Brookes\) via support.agesandstages.com - V3)
* insert Category(developmental)
* insert Sum(asq3-{key})
* insert LinkedBand(lt, asq3-{key}-cutoff, POS, below-cutoff, Below the cut-off = refer for further assessment: ASQ-3 (Brookes\) - V3)
* insert LinkedBand(lt, asq3-{key}-monitor, NEG, monitoring-zone, Between cut-off and monitoring boundary = monitor: ASQ-3 (Brookes\) - V3)
* insert Band(ge, 0, NEG, no-risk, Above the monitoring zone: ASQ-3 (Brookes\) - V3)

RuleSet: ASQDomainItems(key, label)
* insert EnteredNumber(asq3-{key}, {label} domain score)
* insert EnteredNumber(asq3-{key}-cutoff, {label} cut-off for this interval)
* insert EnteredNumber(asq3-{key}-monitor, {label} monitoring-zone upper boundary for this interval)

Instance: ecmh-asq-3
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "ASQ-3 (scores only)"
Description: "ASQ-3 domain scores and their interval cut-offs, entered from licensed materials, and compared by the engine."
* insert Instrument(ecmh-asq-3, asq-3, ASQ3Scores)
* title = "Ages & Stages Questionnaires, Third Edition (ASQ-3) - scores only"
* insert ASQCopyright
* insert ASQDomain(communication, communication)
* insert ASQDomain(gross-motor, gross motor)
* insert ASQDomain(fine-motor, fine motor)
* insert ASQDomain(problem-solving, problem solving)
* insert ASQDomain(personal-social, personal-social)
* item[+].linkId = "asq3-interval"
* item[=].text = "ASQ-3 questionnaire interval used (months)"
* item[=].type = #integer
* insert ASQDomainItems(communication, Communication)
* insert ASQDomainItems(gross-motor, Gross motor)
* insert ASQDomainItems(fine-motor, Fine motor)
* insert ASQDomainItems(problem-solving, Problem solving)
* insert ASQDomainItems(personal-social, Personal-social)

Instance: ecmh-asq-se-2
InstanceOf: ECMHScreeningQuestionnaire
Usage: #definition
Title: "ASQ:SE-2 (score only)"
Description: "ASQ:SE-2 total score and its interval cut-off, entered from licensed materials; a total above the cut-off is a concern."
* insert Instrument(ecmh-asq-se-2, asq-se-2, ASQSE2Score)
* title = "Ages & Stages Questionnaires: Social-Emotional, Second Edition (ASQ:SE-2) - score only"
* insert ASQCopyright
* insert Score(asqse2-total, ASQ:SE-2 total score, asqse2-total, child, 1, ASQ:SE-2 User's Guide (Brookes\) via support.agesandstages.com - V3)
* insert Category(social-emotional)
* insert Sum(asqse2-total)
* insert LinkedBand(gt, asqse2-cutoff, POS, at-risk, Above the cut-off = further assessment: ASQ:SE-2 (Brookes\) - V3)
* insert Band(ge, 0, NEG, no-risk, At or below the cut-off: ASQ:SE-2 (Brookes\) - V3)
* item[+].linkId = "asqse2-interval"
* item[=].text = "ASQ:SE-2 questionnaire interval used (months)"
* item[=].type = #integer
* insert EnteredNumber(asqse2-total, ASQ:SE-2 total score)
* insert EnteredNumber(asqse2-cutoff, ASQ:SE-2 cut-off for this interval)
