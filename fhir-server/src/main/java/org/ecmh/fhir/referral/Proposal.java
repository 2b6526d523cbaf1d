package org.ecmh.fhir.referral;

import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * One draft a plan proposes: the resource made from an action's ActivityDefinition, the action it came from,
 * the action whose draft it tracks (a referral Task tracks its referral), and the screenings that led to it.
 */
record Proposal(String actionId, Resource draft, String tracks, List<Observation> reasons) {}
