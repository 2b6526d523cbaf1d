package org.ecmh.synthetic;

import static org.ecmh.synthetic.Instrument.BPSC;
import static org.ecmh.synthetic.Instrument.EPDS;
import static org.ecmh.synthetic.Instrument.HVS;
import static org.ecmh.synthetic.Instrument.MCHAT_R;
import static org.ecmh.synthetic.Instrument.PHQ2;
import static org.ecmh.synthetic.Instrument.PPSC;

import java.util.List;

/**
 * Well-child visits of the AAP / Bright Futures periodicity schedule from 1 month to 5 years and the screens
 * given at each: caregiver depression (EPDS) at 1, 2, 4 and 6 months and autism (M-CHAT-R) at 18 and 24
 * months as Bright Futures recommends; SWYC BPSC before 18 months and PPSC from 18 months as the SWYC forms
 * are split by age; Hunger Vital Sign and the caregiver PHQ-2 about yearly (our assumption).
 */
final class PeriodicitySchedule {

	record WellVisit(int ageMonths, List<Instrument> screens) {}

	static final List<WellVisit> VISITS = List.of(
			new WellVisit(1, List.of(EPDS, BPSC)),
			new WellVisit(2, List.of(EPDS, BPSC)),
			new WellVisit(4, List.of(EPDS, BPSC)),
			new WellVisit(6, List.of(EPDS, BPSC, HVS)),
			new WellVisit(9, List.of(BPSC)),
			new WellVisit(12, List.of(BPSC, HVS, PHQ2)),
			new WellVisit(15, List.of(BPSC)),
			new WellVisit(18, List.of(PPSC, MCHAT_R, HVS)),
			new WellVisit(24, List.of(PPSC, MCHAT_R, HVS, PHQ2)),
			new WellVisit(30, List.of(PPSC)),
			new WellVisit(36, List.of(PPSC, HVS, PHQ2)),
			new WellVisit(48, List.of(PPSC, HVS, PHQ2)),
			new WellVisit(60, List.of(PPSC, HVS, PHQ2)));

	/** Children are generated from birth up to this age, the end of the 0-5 range. */
	static final int MAX_AGE_MONTHS = 71;

	private PeriodicitySchedule() {}
}
