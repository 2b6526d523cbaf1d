package org.ecmh.fhir.ig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r5.utils.UserDataNames;
import org.hl7.fhir.utilities.Utilities;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.instance.utils.FHIRPathExpressionFixer;

/**
 * The HL7 validator's work for each invariant on each element, made cheaper. Profiling the validation of synthetic
 * families found about a fifth of its time here.
 *
 * <p>For every invariant on every element the library works out the text it evaluates (the invariant's own after
 * the library's corrections, {@link FHIRPathExpressionFixer}), parsing the FHIR version each time, to key what it
 * has already evaluated on that element in this run (an element checked against several profiles meets the same
 * base invariants again). Here that text is worked out once per invariant, and {@link #checkEach} keeps the
 * library's rule: an invariant whose text and severity were already evaluated on the element gives the same
 * messages again without being evaluated again, and only a first evaluation counts towards the result.
 *
 * <p>Three of FHIR's base invariants, met on nearly every element, are answered without the FHIRPath engine where
 * the element shows the answer: ele-1 on every element and ref-1 on every Reference only when the parsed element
 * shows that they hold, exactly as the library's engine would evaluate them; anything else is left to the engine, so
 * every message stays the library's own. dom-6 on every resource compares the resource with itself element by
 * element ({@code %rootResource != $this}); on the resource that is itself the root it is evaluated as its remaining
 * half, {@code text.`div`.exists()}, under a copy of the constraint, so a resource without narrative gets the
 * library's message for dom-6. That half is all there is only when the library finds the resource equal to itself,
 * which it does not when some primitive in it has no value but an id or extension (a date absent for a reason): then
 * dom-6 holds, and is left to the engine. Each is recognised by the text the library evaluates for it, so a library
 * version that evaluates anything else takes its own path.
 *
 * <p>One per validator: not thread-safe.
 */
final class InvariantShortcuts {

	/** ele-1 as R4 defines it. */
	private static final String ELE_1 = "hasValue() or (children().count() > id.count())";
	/** ref-1 as the library evaluates R4's (a reference that is present is checked). */
	private static final String REF_1 = "reference.exists() implies (reference = '#' or (reference.startsWith('#').not()"
			+ " or (reference.substring(1).trace('url') in %rootResource.contained.id.trace('ids'))))";
	/** dom-6 as the library evaluates R4's. */
	private static final String DOM_6 = "(%rootResource != $this) or text.`div`.exists()";
	/** What dom-6 comes to on the root resource itself, where {@code %rootResource != $this} is false. */
	private static final String DOM_6_ON_THE_ROOT = "text.`div`.exists()";
	/** Where an element keeps the messages of the invariants evaluated on it; it lives as long as the run's parse. */
	private static final String EVALUATED_HERE = "ecmh.invariants.evaluated";

	private enum Kind { ELE_1, REF_1, DOM_6, OTHER }

	/** A constraint's expression as the library evaluates it, and which of the three it is. */
	private record Evaluated(String expression, Kind kind) {}

	/** What tells two invariants apart on one element, as the library keys them. */
	private record Invariant(String expression, ConstraintSeverity severity) {}

	/** The library's evaluation of one invariant on the element at hand, adding its messages to the given list. */
	@FunctionalInterface
	interface Evaluation {
		boolean holds(ElementDefinitionConstraintComponent inv, List<ValidationMessage> messages);
	}

	private final String fhirVersion;
	private final FHIRPathEngine engine;
	private final Map<ElementDefinitionConstraintComponent, Evaluated> evaluated = new IdentityHashMap<>();
	private final Map<ElementDefinitionConstraintComponent, ElementDefinitionConstraintComponent> onTheRoot =
			new IdentityHashMap<>();

	InvariantShortcuts(String fhirVersion, FHIRPathEngine engine) {
		this.fhirVersion = fhirVersion;
		this.engine = engine;
	}

	/**
	 * Each invariant of {@code definition} that has an expression, evaluated on {@code element} by {@code evaluation}
	 * unless the same was evaluated there before in this run, its messages added to {@code errors}. Elements are
	 * parsed afresh for every run, so what one keeps is this run's.
	 */
	boolean checkEach(ElementDefinition definition, Element element, List<ValidationMessage> errors,
			Evaluation evaluation) {
		Map<Invariant, List<ValidationMessage>> evaluatedHere = evaluatedOn(element);
		boolean ok = true;
		for (ElementDefinitionConstraintComponent inv : definition.getConstraint()) {
			if (!inv.hasExpression()) {
				continue;
			}
			Invariant invariant = new Invariant(evaluatedAs(inv).expression(), inv.getSeverity());
			List<ValidationMessage> messages = evaluatedHere.get(invariant);
			if (messages == null) {
				messages = new ArrayList<>();
				evaluatedHere.put(invariant, messages);
				ok = evaluation.holds(inv, messages) && ok;
			}
			errors.addAll(messages);
		}
		return ok;
	}

	@SuppressWarnings("unchecked")
	private static Map<Invariant, List<ValidationMessage>> evaluatedOn(Element element) {
		Object kept = element.getUserData(EVALUATED_HERE);
		if (kept == null) {
			kept = new HashMap<Invariant, List<ValidationMessage>>();
			element.setUserData(EVALUATED_HERE, kept);
		}
		return (Map<Invariant, List<ValidationMessage>>) kept;
	}

	/** True when {@code inv} is known to hold on {@code element}; false means the engine must evaluate it. */
	boolean knownToHold(ElementDefinitionConstraintComponent inv, Element element) {
		return switch (kindOf(inv)) {
			case ELE_1 -> hasValue(element);
			case REF_1 -> refersOutside(element);
			case DOM_6, OTHER -> false;
		};
	}

	/** The constraint the engine should evaluate on {@code element}: {@code inv}, or dom-6 narrowed to the root. */
	ElementDefinitionConstraintComponent toEvaluate(ElementDefinitionConstraintComponent inv, Element element,
			Element rootResource) {
		if (element != rootResource || kindOf(inv) != Kind.DOM_6 || !equalToItself(element)) {
			return inv;
		}
		return onTheRoot.computeIfAbsent(inv, this::narrowedToTheRoot);
	}

	private Kind kindOf(ElementDefinitionConstraintComponent inv) {
		return evaluatedAs(inv).kind();
	}

	private Evaluated evaluatedAs(ElementDefinitionConstraintComponent inv) {
		return evaluated.computeIfAbsent(inv, constraint -> {
			String expression = FHIRPathExpressionFixer.fixExpr(constraint.getExpression(), constraint.getKey(), fhirVersion);
			Kind kind = switch (expression) {
				case ELE_1 -> Kind.ELE_1;
				case REF_1 -> Kind.REF_1;
				case DOM_6 -> Kind.DOM_6;
				default -> Kind.OTHER;
			};
			return new Evaluated(expression, kind);
		});
	}

	/** The same constraint (key, text, severity, source, extensions) with the engine's parse of its root half. */
	private ElementDefinitionConstraintComponent narrowedToTheRoot(ElementDefinitionConstraintComponent dom6) {
		ElementDefinitionConstraintComponent narrowed = dom6.copy();
		narrowed.setUserData(UserDataNames.validator_expression_cache, engine.parse(DOM_6_ON_THE_ROOT));
		return narrowed;
	}

	/**
	 * FHIRPath's {@code hasValue()} as the library's engine answers it: a primitive's value is not empty, and the text
	 * form of any other element (its name and type) never is. A Quantity's is computed from its value and unit, which
	 * can fail on a malformed value, so a Quantity is left to the engine.
	 */
	private static boolean hasValue(Element element) {
		if (element.isPrimitive()) {
			return !Utilities.noString(element.primitiveValue());
		}
		return !"Quantity".equals(element.fhirType());
	}

	/**
	 * Whether the library's deep comparison finds the element equal to itself: it does unless it reaches a primitive
	 * with no value that is not empty (such a primitive is never equal, and a primitive with a value ends the descent).
	 * An element without children is always equal (empty, or a value), so only the others are looked at closer.
	 */
	private static boolean equalToItself(Element element) {
		for (Element child : element.getChildren()) {
			if (!child.hasChildren()) {
				continue;
			}
			boolean equal = child.isPrimitive()
					? child.primitiveValue() != null || child.isEmpty()
					: equalToItself(child);
			if (!equal) {
				return false;
			}
		}
		return true;
	}

	/** ref-1 holds for a Reference without a reference, or one whose reference does not point inside with '#'. */
	private static boolean refersOutside(Element reference) {
		List<Element> references = reference.getChildren("reference");
		if (references.isEmpty()) {
			return true;
		}
		String value = references.size() == 1 ? references.get(0).primitiveValue() : null;
		return !Utilities.noString(value) && !value.startsWith("#");
	}
}
