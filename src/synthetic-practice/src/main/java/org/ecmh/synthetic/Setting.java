package org.ecmh.synthetic;

/** Where a contact takes place, as the encounter class (v3 ActCode) the guide allows. */
enum Setting {
	OFFICE("AMB"),
	HOME("HH"),
	PHONE_OR_VIDEO("VR"),
	COMMUNITY("FLD");

	final String code;

	Setting(String code) {
		this.code = code;
	}
}
