package org.ecmh.fhir.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionConditionComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Applies PlanDefinitions to a child and screening results, as the IG's rules expect: an action applies to
 * the screenings its trigger codes name and for which all its applicability conditions hold (FHIRPath over
 * {@code %screening} and {@code %subject}); an action without conditions applies with its parent. Each
 * applicable action with a definition proposes one draft; the same action proposed by two rules (early
 * intervention by the autism and the developmental rule) is one draft with the reasons of both.
 */
final class ReferralRules {

	/** The plans that proposed something, and their drafts in the order the plans list them. */
	record Outcome(List<PlanDefinition> applied, List<Proposal> proposals) {}

	private final RuleLibrary library;
	private final FhirPathExpressions expressions;
	private final Drafts drafts;

	ReferralRules(RuleLibrary library, FhirPathExpressions expressions, Drafts drafts) {
		this.library = library;
		this.expressions = expressions;
		this.drafts = drafts;
	}

	Outcome apply(List<PlanDefinition> plans, Patient child, List<Observation> screenings, Reference requester) {
		Map<String, Proposal> proposals = new LinkedHashMap<>();
		List<PlanDefinition> applied = new ArrayList<>();
		for (PlanDefinition plan : plans) {
			Context context = new Context(child, requester, proposals);
			boolean proposedSomething = plan.getAction().stream()
					.map(action -> apply(action, screenings, context))
					.reduce(false, Boolean::logicalOr);
			if (proposedSomething) {
				applied.add(plan);
			}
		}
		return new Outcome(applied, List.copyOf(proposals.values()));
	}

	/** The score codes whose results the plans' triggers listen to. */
	static Set<Coding> triggerCodes(List<PlanDefinition> plans) {
		return plans.stream().flatMap(plan -> actions(plan.getAction()))
				.flatMap(ReferralRules::codesOf)
				.collect(Collectors.toMap(coding -> coding.getSystem() + "|" + coding.getCode(), coding -> coding, (a, b) -> a))
				.values().stream().collect(Collectors.toUnmodifiableSet());
	}

	static boolean sameCode(Coding a, Coding b) {
		return a.getSystem() != null && a.getSystem().equals(b.getSystem()) && a.getCode() != null && a.getCode().equals(b.getCode());
	}

	private record Context(Patient child, Reference requester, Map<String, Proposal> proposals) {}

	/** Applies the action and its sub-actions; true when any of them proposed a draft. */
	private boolean apply(PlanDefinitionActionComponent action, List<Observation> candidates, Context context) {
		boolean gated = action.hasCondition() || action.hasTrigger();
		List<Observation> reasons = gated
				? candidates.stream().filter(screening -> triggeredBy(action, screening) && holds(action, screening, context.child())).toList()
				: candidates;
		if (gated && reasons.isEmpty()) {
			return false;
		}
		boolean proposed = action.hasDefinitionCanonicalType();
		if (proposed) {
			propose(action, reasons, context);
		}
		return action.getAction().stream()
				.map(child -> apply(child, reasons, context))
				.reduce(proposed, Boolean::logicalOr);
	}

	private void propose(PlanDefinitionActionComponent action, List<Observation> reasons, Context context) {
		Proposal earlier = context.proposals().get(action.getId());
		if (earlier != null) {
			context.proposals().put(action.getId(), withMoreReasons(earlier, reasons));
			return;
		}
		String tracks = action.getRelatedAction().stream().map(PlanDefinition.PlanDefinitionActionRelatedActionComponent::getActionId).findFirst().orElse(null);
		context.proposals().put(action.getId(), new Proposal(action.getId(),
				drafts.draft(library.activity(action.getDefinitionCanonicalType().getValue()), context.child(), context.requester(), reasons),
				tracks, reasons));
	}

	private static Proposal withMoreReasons(Proposal earlier, List<Observation> reasons) {
		List<Observation> all = new ArrayList<>(earlier.reasons());
		reasons.stream().filter(reason -> !all.contains(reason)).forEach(reason -> {
			all.add(reason);
			if (earlier.draft() instanceof ServiceRequest request) {
				request.addReasonReference(new Reference(reason.getIdElement().toUnqualifiedVersionless().getValue()));
			}
		});
		return new Proposal(earlier.actionId(), earlier.draft(), earlier.tracks(), List.copyOf(all));
	}

	private static boolean triggeredBy(PlanDefinitionActionComponent action, Observation screening) {
		List<Coding> codes = codesOf(action).toList();
		return codes.isEmpty() || screening.getCode().getCoding().stream()
				.anyMatch(coding -> codes.stream().anyMatch(code -> sameCode(code, coding)));
	}

	private boolean holds(PlanDefinitionActionComponent action, Observation screening, Patient child) {
		return action.getCondition().stream()
				.filter(condition -> condition.getKind() == PlanDefinition.ActionConditionKind.APPLICABILITY)
				.map(PlanDefinitionActionConditionComponent::getExpression)
				.allMatch(expression -> expressions.holds(expression, Map.of("screening", screening, "subject", child)));
	}

	private static Stream<Coding> codesOf(PlanDefinitionActionComponent action) {
		return action.getTrigger().stream()
				.flatMap(trigger -> trigger.getData().stream())
				.flatMap(data -> data.getCodeFilter().stream())
				.flatMap(filter -> filter.getCode().stream());
	}

	private static Stream<PlanDefinitionActionComponent> actions(List<PlanDefinitionActionComponent> actions) {
		return actions.stream().flatMap(action -> Stream.concat(Stream.of(action), actions(action.getAction())));
	}
}
