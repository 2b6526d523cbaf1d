package org.ecmh.synthetic;

import org.hl7.fhir.r4.model.Reference;

/**
 * Who a child's chart links to: the child, the caregiver who answers the screens (as the child's
 * RelatedPerson), the same caregiver as a Patient of the practice (the person screened), and the second
 * caregiver's RelatedPerson if there is one.
 */
record Household(Reference child, Reference primaryCaregiver, Reference screenedCaregiver,
		Reference secondCaregiver, boolean birthMother) {}
