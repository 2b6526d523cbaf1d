package org.ecmh.synthetic;

/**
 * Canonical URLs of the ECMH implementation guide (profiles/input/fsh) that the generated resources claim
 * and use. Kept in one place so a rename in the guide is a one-line change here.
 */
final class Ig {

	static final String BASE = "http://fhir.ecmh.org";

	static final String SCREENING_RESPONSE = profile("ecmh-screening-response");
	static final String SCREENING_RESULT = profile("ecmh-screening-result");
	static final String CAREGIVER_SCREENING_RESULT = profile("ecmh-caregiver-screening-result");
	static final String REFERRAL = profile("ecmh-referral");
	static final String REFERRAL_TASK = profile("ecmh-referral-task");
	static final String ENCOUNTER = profile("ecmh-encounter");
	static final String PARENT_GROUP = profile("ecmh-parent-group");
	static final String CARE_PLAN = profile("ecmh-careplan");
	static final String GOAL = profile("ecmh-goal");
	static final String CARE_TEAM = profile("ecmh-careteam");
	static final String CAREGIVER = profile("ecmh-caregiver");
	static final String PRACTITIONER_ROLE = profile("ecmh-practitionerrole");
	static final String PARTNER_ORGANIZATION = profile("ecmh-partner-organization");

	static final String EXT_SERVICE_TIER = BASE + "/StructureDefinition/ecmh-service-tier";
	static final String EXT_FOCUS = BASE + "/StructureDefinition/ecmh-focus";

	static final String INSTRUMENT = codeSystem("ecmh-instrument");
	static final String SCORE = codeSystem("ecmh-score");
	static final String SCREENING_RESULT_CODES = codeSystem("ecmh-screening-result");
	static final String SCREENING_CATEGORY = codeSystem("ecmh-screening-category");
	static final String ANSWER = codeSystem("ecmh-answer");
	static final String SERVICE_TIER = codeSystem("ecmh-service-tier");
	static final String ENCOUNTER_TYPE = codeSystem("ecmh-encounter-type");
	static final String FAMILY_PARTNER_ACTIVITY = codeSystem("ecmh-family-partner-activity");
	static final String REFERRAL_STATUS = codeSystem("ecmh-referral-status");
	static final String REFERRAL_TARGET = codeSystem("ecmh-referral-target");
	static final String TEAM_ROLE = codeSystem("ecmh-team-role");
	static final String PARTNER_TYPE = codeSystem("ecmh-partner-type");
	static final String TASK_OUTPUT = codeSystem("ecmh-task-output");
	static final String CAREPLAN_CATEGORY = codeSystem("ecmh-careplan-category");

	static final String LOINC = "http://loinc.org";
	static final String SNOMED = "http://snomed.info/sct";
	static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
	static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
	static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
	static final String YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136";
	static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

	/** Identifier system of the synthetic medical record numbers, so demo users can find a family. */
	static final String SYNTHETIC_MRN = BASE + "/synthetic/mrn";

	private Ig() {}

	static String questionnaire(String id) {
		return BASE + "/Questionnaire/" + id;
	}

	private static String profile(String id) {
		return BASE + "/StructureDefinition/" + id;
	}

	private static String codeSystem(String id) {
		return BASE + "/CodeSystem/" + id;
	}
}
