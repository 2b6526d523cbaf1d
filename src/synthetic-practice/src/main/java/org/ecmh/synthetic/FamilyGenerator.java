package org.ecmh.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecmh.synthetic.PeriodicitySchedule.WellVisit;
import org.ecmh.synthetic.Referrals.Referral;
import org.ecmh.synthetic.Screening.Positive;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;

/** One family: its children and caregivers, and for each child the well visits that have happened so far. */
final class FamilyGenerator {

	private static final List<String> FAMILY_NAMES = List.of(
			"Garcia", "Johnson", "Nguyen", "Smith", "Okoye", "Hernandez", "Brown", "Kim", "Martinez", "Davis",
			"Lopez", "Wilson", "Ahmed", "Taylor", "Silva", "Moore");
	private static final List<String> CHILD_NAMES = List.of(
			"Mia", "Noah", "Ava", "Liam", "Zoe", "Mateo", "Amara", "Leo", "Sofia", "Ethan", "Aaliyah", "Kai");
	private static final List<String> ADULT_NAMES = List.of(
			"Maria", "James", "Aisha", "David", "Linh", "Carlos", "Jessica", "Kwame", "Ana", "Robert");
	private static final List<String> SECOND_CAREGIVERS = List.of("FTH", "PRN", "GRMTH", "GRFTH");
	private static final List<String> OTHER_PRIMARY_CAREGIVERS = List.of("FTH", "GRMTH", "MTHFOST");
	private static final int YOUNGEST_PARENT_YEARS = 18;
	private static final int OLDEST_PARENT_YEARS = 42;
	private static final int LAST_VISIT_HOUR = 16;
	private static final int VISIT_JITTER_DAYS = 13;

	private final long seed;
	private final int index;
	private final LocalDate asOf;
	private final PracticeRates rates;
	private final Practice practice;
	private final Dice dice;
	private final FamilyBundle bundle;
	private final String familyName;

	FamilyGenerator(long seed, int index, LocalDate asOf, PracticeRates rates, Practice practice) {
		this.seed = seed;
		this.index = index;
		this.asOf = asOf;
		this.rates = rates;
		this.practice = practice;
		this.dice = new Dice(seed, index);
		this.bundle = new FamilyBundle(dice);
		this.familyName = dice.pick(FAMILY_NAMES);
	}

	Bundle generate() {
		boolean birthMother = dice.chance(rates.birthMother());
		String primaryRole = birthMother ? "MTH" : dice.pick(OTHER_PRIMARY_CAREGIVERS);
		String secondRole = dice.chance(rates.secondCaregiver()) ? dice.pick(SECOND_CAREGIVERS) : null;
		String primaryName = dice.pick(ADULT_NAMES);
		String secondName = dice.pick(ADULT_NAMES);
		LocalDate primaryBirth = asOf.minusYears(dice.between(YOUNGEST_PARENT_YEARS + 1, OLDEST_PARENT_YEARS)).minusDays(dice.between(0, 364));
		Reference screenedCaregiver = bundle.add(caregiverPatient(primaryName, primaryBirth, primaryRole));

		int children = dice.chance(rates.secondChild()) ? 2 : 1;
		for (int child = 1; child <= children; child++) {
			LocalDate birth = asOf.minusDays(dice.between(0, PeriodicitySchedule.MAX_AGE_MONTHS * 30));
			Reference childRef = bundle.add(child(child, birth));
			Reference primary = bundle.add(relatedPerson(childRef, primaryName, primaryRole, primaryBirth));
			Reference second = secondRole == null ? null : bundle.add(relatedPerson(childRef, secondName, secondRole, null));
			visits(new Household(childRef, primary, screenedCaregiver, second, birthMother), birth);
		}
		return bundle.bundle();
	}

	private void visits(Household household, LocalDate birth) {
		Screening screening = new Screening(bundle, dice);
		Referrals referrals = new Referrals(bundle, dice, rates, practice, asOf);
		List<Referral> made = new ArrayList<>();
		for (WellVisit wellVisit : PeriodicitySchedule.VISITS) {
			LocalDate day = birth.plusMonths(wellVisit.ageMonths()).plusDays(dice.between(0, VISIT_JITTER_DAYS));
			if (day.isAfter(asOf) || !dice.chance(rates.visitAttended())) {
				continue;
			}
			Reference visit = bundle.add(wellVisit(household, day));
			if (dice.chance(rates.promotionConsult())) {
				new Contacts(bundle, dice).wellVisitConsult(household, day);
			}
			for (Instrument instrument : wellVisit.screens()) {
				if (instrument == Instrument.EPDS && !household.birthMother()) {
					continue;
				}
				List<Positive> positives = screening.screen(instrument, household, visit, day);
				if (!positives.isEmpty() && dice.chance(rates.positiveReferred())) {
					referrals.refer(positives, household, visit, day, made).ifPresent(made::add);
				}
			}
		}
		new CarePlans(bundle, dice).plan(household, made);
	}

	private Patient child(int number, LocalDate birth) {
		Patient child = new Patient();
		child.addIdentifier().setSystem(Ig.SYNTHETIC_MRN).setValue(mrn("C" + number));
		child.addName().setFamily(familyName).addGiven(dice.pick(CHILD_NAMES));
		child.setGender(dice.chance(0.5) ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
		child.setBirthDateElement(Times.date(birth));
		child.setManagingOrganization(new Reference(Practice.PRACTICE));
		return child;
	}

	/** The primary caregiver as a patient of the practice: the person the caregiver screens are about. */
	private Patient caregiverPatient(String given, LocalDate birth, String role) {
		Patient caregiver = new Patient();
		caregiver.addIdentifier().setSystem(Ig.SYNTHETIC_MRN).setValue(mrn("G1"));
		caregiver.addName().setFamily(familyName).addGiven(given);
		caregiver.setGender(role.startsWith("MTH") || role.startsWith("GRM") ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
		caregiver.setBirthDateElement(Times.date(birth));
		return caregiver;
	}

	private RelatedPerson relatedPerson(Reference child, String given, String role, LocalDate birth) {
		RelatedPerson caregiver = new RelatedPerson();
		caregiver.getMeta().addProfile(Ig.CAREGIVER);
		caregiver.setActive(true);
		caregiver.setPatient(child);
		caregiver.addRelationship(new CodeableConcept(new Coding(Ig.ROLE_CODE, role, null)));
		caregiver.addName().setFamily(familyName).addGiven(given);
		if (birth != null) {
			caregiver.setBirthDateElement(Times.date(birth));
		}
		return caregiver;
	}

	private Encounter wellVisit(Household household, LocalDate day) {
		Encounter visit = new Encounter();
		visit.setStatus(Encounter.EncounterStatus.FINISHED);
		visit.setClass_(new Coding(Ig.ACT_CODE, Setting.OFFICE.code, null));
		visit.addType().addCoding(new Coding(Ig.SNOMED, "410620009", "Well child visit"));
		visit.setSubject(household.child());
		visit.addParticipant().setIndividual(new Reference(Practice.PEDIATRICIAN));
		int hour = dice.between(8, LAST_VISIT_HOUR);
		visit.setPeriod(new Period().setStartElement(Times.at(day, hour, 0)).setEndElement(Times.at(day, hour, 30)));
		visit.setServiceProvider(new Reference(Practice.PRACTICE));
		return visit;
	}

	private String mrn(String member) {
		return "S" + seed + "-F" + index + "-" + member;
	}
}
