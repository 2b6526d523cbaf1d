package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Family-partner and clinician contacts with a family (ECMH Encounters): who took part, the tier, and the
 * setting, drawn from the shares each kind of contact has (assumptions: family partners meet families at
 * home more often, clinicians in the office or by video).
 */
final class Contacts {

	private static final List<Setting> FAMILY_PARTNER_SETTINGS = List.of(
			Setting.HOME, Setting.HOME, Setting.OFFICE, Setting.PHONE_OR_VIDEO, Setting.PHONE_OR_VIDEO);
	private static final List<Setting> CLINICIAN_SETTINGS = List.of(
			Setting.OFFICE, Setting.OFFICE, Setting.OFFICE, Setting.PHONE_OR_VIDEO, Setting.HOME);
	private static final List<Setting> GROUP_SETTINGS = List.of(Setting.OFFICE, Setting.OFFICE, Setting.PHONE_OR_VIDEO);
	private static final int SESSION_MINUTES = 50;

	private final FamilyBundle bundle;
	private final Dice dice;

	Contacts(FamilyBundle bundle, Dice dice) {
		this.bundle = bundle;
		this.dice = dice;
	}

	/** The family partner joins a well visit to introduce the program: promotion tier, in the office. */
	Reference wellVisitConsult(Household household, LocalDate day) {
		Encounter consult = contact(household, day, "well-visit-consult", ServiceTier.PROMOTION, Setting.OFFICE, Practice.FAMILY_PARTNER);
		consult.addType().addCoding(new Coding(Ig.FAMILY_PARTNER_ACTIVITY, "warm-handoff", null));
		return bundle.add(consult);
	}

	Reference familyPartnerVisit(Household household, Reference referral, LocalDate day, String activity) {
		Encounter visit = contact(household, day, "family-partner-visit", ServiceTier.PREVENTION,
				dice.pick(FAMILY_PARTNER_SETTINGS), Practice.FAMILY_PARTNER);
		visit.addType().addCoding(new Coding(Ig.FAMILY_PARTNER_ACTIVITY, activity, null));
		visit.addBasedOn(referral);
		return bundle.add(visit);
	}

	Reference clinicianVisit(Household household, Reference referral, LocalDate day, ServiceTier tier) {
		Encounter visit = contact(household, day, "clinician-visit", tier, dice.pick(CLINICIAN_SETTINGS), Practice.CLINICIAN);
		visit.addBasedOn(referral);
		return bundle.add(visit);
	}

	/** The family partner goes with the family to a partner agency: community setting. */
	Reference accompaniment(Household household, Reference referral, LocalDate day) {
		Encounter visit = contact(household, day, "family-partner-visit", ServiceTier.PREVENTION, Setting.COMMUNITY,
				Practice.FAMILY_PARTNER);
		visit.addType().addCoding(new Coding(Ig.FAMILY_PARTNER_ACTIVITY, "accompaniment", null));
		visit.addBasedOn(referral);
		return bundle.add(visit);
	}

	/** One family's attendance at a parent-group session, part of the session Encounter. */
	Reference groupAttendance(Household household, Reference referral, LocalDate session) {
		Encounter attendance = contact(household, session, "parent-group-attendance", ServiceTier.PREVENTION,
				dice.pick(GROUP_SETTINGS), Practice.FAMILY_PARTNER);
		attendance.addBasedOn(referral);
		attendance.setPartOf(new Reference(Practice.sessionReference(session)));
		return bundle.add(attendance);
	}

	private Encounter contact(Household household, LocalDate day, String type, ServiceTier tier, Setting setting,
			String teamMember) {
		Encounter encounter = new Encounter();
		encounter.getMeta().addProfile(Ig.ENCOUNTER);
		encounter.addExtension(Ig.EXT_SERVICE_TIER, new Coding(Ig.SERVICE_TIER, tier.code, null));
		encounter.setStatus(Encounter.EncounterStatus.FINISHED);
		encounter.setClass_(new Coding(Ig.ACT_CODE, setting.code, null));
		encounter.addType().addCoding(new Coding(Ig.ENCOUNTER_TYPE, type, null));
		encounter.setSubject(household.child());
		encounter.addParticipant().setIndividual(new Reference(teamMember));
		encounter.addParticipant().setIndividual(household.primaryCaregiver());
		int hour = dice.between(9, 16);
		encounter.setPeriod(new Period()
				.setStartElement(Times.at(day, hour, 0))
				.setEndElement(Times.at(day, hour, SESSION_MINUTES)));
		encounter.setServiceProvider(new Reference(Practice.PRACTICE));
		return encounter;
	}
}
