package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.fhirpath.IFhirPathEvaluationContext;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Expression;

/**
 * Evaluates the FHIRPath expressions of PlanDefinitions and ActivityDefinitions with HAPI's FHIRPath engine,
 * with named inputs such as {@code %screening} and {@code %subject} as environment variables.
 */
final class FhirPathExpressions {

	private static final String FHIRPATH = "text/fhirpath";

	private final FhirContext fhirContext;

	FhirPathExpressions(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	/** A condition holds when it evaluates to a single {@code true}. */
	boolean holds(Expression condition, Map<String, ? extends IBase> variables) {
		List<IBase> result = evaluate(condition, variables);
		return result.size() == 1 && result.get(0) instanceof BooleanType bool && bool.booleanValue();
	}

	List<IBase> evaluate(Expression expression, Map<String, ? extends IBase> variables) {
		if (!FHIRPATH.equals(expression.getLanguage())) {
			throw new IllegalArgumentException("Only " + FHIRPATH + " expressions are supported, not " + expression.getLanguage()
					+ " in '" + expression.getExpression() + "'");
		}
		// One engine per evaluation: the variables belong to this evaluation alone.
		IFhirPath fhirPath = fhirContext.newFhirPath();
		fhirPath.setEvaluationContext(new IFhirPathEvaluationContext() {
			@Override
			public List<IBase> resolveConstant(Object appContext, String name, ConstantEvaluationMode mode) {
				IBase value = variables.get(name.startsWith("%") ? name.substring(1) : name);
				return value == null ? null : List.of(value);
			}
		});
		IBase focus = variables.values().stream().findFirst().orElse(null);
		return fhirPath.evaluate(focus, expression.getExpression(), IBase.class);
	}
}
