package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The practice every family belongs to: the practice, its integrated team, its community partners and its
 * monthly parent-group sessions. Written with PUT and fixed ids, so loading it twice changes nothing and
 * family bundles can point at it by plain references.
 */
public final class Practice {

	public static final String PRACTICE = "Organization/ecmh-practice";
	static final String PEDIATRICIAN = "Practitioner/ecmh-pcp";
	static final String CLINICIAN = "Practitioner/ecmh-clinician";
	static final String FAMILY_PARTNER = "Practitioner/ecmh-family-partner";
	static final String PARENT_GROUP = "Group/ecmh-parent-group";

	/** Community partners by their ECMH partner type. */
	enum Partner {
		EARLY_INTERVENTION("early-intervention", "Riverside Early Intervention Program"),
		EARLY_EDUCATION("early-education", "Maple Street Head Start"),
		HUMAN_SERVICES("human-services", "County Department of Human Services"),
		COMMUNITY_MENTAL_HEALTH("community-mental-health", "Harbor Family Mental Health Center"),
		FOOD_RESOURCE("food-resource", "Eastside Food Pantry and WIC Office");

		final String type;
		final String displayName;

		Partner(String type, String displayName) {
			this.type = type;
			this.displayName = displayName;
		}

		String reference() {
			return "Organization/partner-" + type;
		}
	}

	private final LocalDate asOf;

	Practice(LocalDate asOf) {
		this.asOf = asOf;
	}

	/** Monthly parent-group sessions over the years the children span, newest last. */
	List<LocalDate> parentGroupSessions() {
		List<LocalDate> sessions = new ArrayList<>();
		LocalDate first = asOf.minusMonths(PeriodicitySchedule.MAX_AGE_MONTHS).withDayOfMonth(1);
		for (LocalDate day = first; !day.isAfter(asOf); day = day.plusMonths(1)) {
			sessions.add(day);
		}
		return sessions;
	}

	static String sessionReference(LocalDate day) {
		return "Encounter/parent-group-" + day;
	}

	Bundle bundle() {
		Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
		put(bundle, practice());
		teamMember(bundle, PEDIATRICIAN, "Rivera", "Elena", "pcp-champion", "208000000X", "Pediatrics");
		teamMember(bundle, CLINICIAN, "Okafor", "Grace", "ecmh-clinician", "103T00000X", "Psychologist");
		teamMember(bundle, FAMILY_PARTNER, "Nguyen", "Lan", "family-partner", "175T00000X", "Peer Specialist");
		for (Partner partner : Partner.values()) {
			put(bundle, partner(partner));
		}
		put(bundle, parentGroup());
		parentGroupSessions().forEach(day -> put(bundle, session(day)));
		return bundle;
	}

	private static Organization practice() {
		Organization practice = new Organization();
		practice.setId(PRACTICE);
		practice.setActive(true);
		practice.setName("Brookside Pediatrics");
		practice.addType().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"));
		return practice;
	}

	private static void teamMember(Bundle bundle, String id, String family, String given, String role, String nucc,
			String specialty) {
		Practitioner person = new Practitioner();
		person.setId(id);
		person.setActive(true);
		person.addName().setFamily(family).addGiven(given);
		put(bundle, person);

		PractitionerRole practitionerRole = new PractitionerRole();
		practitionerRole.setId("PractitionerRole/" + id.substring(id.indexOf('/') + 1) + "-role");
		practitionerRole.getMeta().addProfile(Ig.PRACTITIONER_ROLE);
		practitionerRole.setActive(true);
		practitionerRole.setPractitioner(new Reference(id));
		practitionerRole.setOrganization(new Reference(PRACTICE));
		practitionerRole.addCode().addCoding(new Coding(Ig.TEAM_ROLE, role, null));
		practitionerRole.addSpecialty().addCoding(new Coding("http://nucc.org/provider-taxonomy", nucc, specialty));
		put(bundle, practitionerRole);
	}

	private static Organization partner(Partner partner) {
		Organization organization = new Organization();
		organization.setId(partner.reference());
		organization.getMeta().addProfile(Ig.PARTNER_ORGANIZATION);
		organization.setActive(true);
		organization.setName(partner.displayName);
		organization.addType().addCoding(new Coding(Ig.PARTNER_TYPE, partner.type, null));
		return organization;
	}

	private static Group parentGroup() {
		Group group = new Group();
		group.setId(PARENT_GROUP);
		group.getMeta().addProfile(Ig.PARENT_GROUP);
		group.setType(Group.GroupType.PERSON);
		group.setActual(true);
		group.setCode(new CodeableConcept(new Coding(Ig.ENCOUNTER_TYPE, "parent-group-session", null)));
		group.setName("Brookside parents of toddlers group");
		group.setManagingEntity(new Reference(PRACTICE));
		return group;
	}

	private static Encounter session(LocalDate day) {
		Encounter session = new Encounter();
		session.setId(sessionReference(day));
		session.getMeta().addProfile(Ig.ENCOUNTER);
		session.addExtension(Ig.EXT_SERVICE_TIER, new Coding(Ig.SERVICE_TIER, ServiceTier.PREVENTION.code, null));
		session.setStatus(Encounter.EncounterStatus.FINISHED);
		session.setClass_(new Coding(Ig.ACT_CODE, Setting.OFFICE.code, null));
		session.addType().addCoding(new Coding(Ig.ENCOUNTER_TYPE, "parent-group-session", null));
		session.setSubject(new Reference(PARENT_GROUP));
		session.addParticipant().setIndividual(new Reference(FAMILY_PARTNER));
		session.setPeriod(new Period()
				.setStartElement(Times.at(day, 17, 30))
				.setEndElement(Times.at(day, 19, 0)));
		session.setServiceProvider(new Reference(PRACTICE));
		return session;
	}

	private static void put(Bundle bundle, Resource resource) {
		String id = resource.getIdElement().getValue();
		bundle.addEntry()
				.setFullUrl(Ig.BASE + "/synthetic/" + id)
				.setResource(resource)
				.getRequest().setMethod(HTTPVerb.PUT).setUrl(id);
	}
}
