package org.ecmh.fhir.ig;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecmh.fhir.ig.InvariantShortcuts.Evaluation;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueType;
import org.hl7.fhir.utilities.validation.ValidationMessage.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts recognise R4's ele-1, ref-1 and dom-6 as this version of the HL7 library evaluates them, and answer
 * only where the element shows the answer. A library that evaluates them differently fails here rather than
 * silently losing the shortcuts; that every message stays the library's own is {@link PooledInstanceValidatorTest}'s.
 */
class InvariantShortcutsTest {

	private static final String SERVICE_REQUEST = """
			{"resourceType": "ServiceRequest",
			 "contained": [{"resourceType": "Practitioner", "id": "p1"}],
			 "status": "active", "intent": "order",
			 "code": {"text": "early intervention"},
			 "subject": {"reference": "Patient/child-1"},
			 "requester": {"reference": "#p1"},
			 "performer": [{"display": "Family partner"}],
			 "quantityQuantity": {"value": 1}}""";
	/** A date with only an id: a primitive with no value, never equal to itself in the library's comparison. */
	private static final String PATIENT = """
			{"resourceType": "Patient", "gender": "female", "_birthDate": {"id": "only-an-id"}}""";

	private static IWorkerContext worker;
	private static Element serviceRequest;
	private static Element patient;
	private InvariantShortcuts shortcuts;

	@BeforeAll
	static void parse() throws IOException {
		worker = new WorkerContextValidationSupportAdapter(new DefaultProfileValidationSupport(FhirContext.forR4Cached()));
		serviceRequest = parsed(SERVICE_REQUEST);
		patient = parsed(PATIENT);
	}

	private static Element parsed(String json) throws IOException {
		return new JsonParser(worker).parseSingle(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
				new ArrayList<>());
	}

	@BeforeEach
	void newShortcuts() {
		shortcuts = new InvariantShortcuts(worker.getVersion(), new FHIRPathEngine(worker));
	}

	@Test
	void ele1HoldsOnAValueOrAnyElementButAQuantityAndIsLeftToTheEngineOtherwise() {
		ElementDefinitionConstraintComponent ele1 = constraint("Element", "ele-1");

		assertThat(shortcuts.knownToHold(ele1, child(serviceRequest, "status"))).isTrue();
		assertThat(shortcuts.knownToHold(ele1, child(serviceRequest, "code"))).isTrue();
		assertThat(shortcuts.knownToHold(ele1, child(patient, "gender"))).isTrue();
		assertThat(shortcuts.knownToHold(ele1, child(patient, "birthDate"))).as("a date with only an id").isFalse();
		assertThat(shortcuts.knownToHold(ele1, child(serviceRequest, "quantityQuantity"))).as("a Quantity").isFalse();
	}

	@Test
	void ref1HoldsUnlessTheReferencePointsInsideTheResource() {
		ElementDefinitionConstraintComponent ref1 = constraint("Reference", "ref-1");

		assertThat(shortcuts.knownToHold(ref1, child(serviceRequest, "subject"))).isTrue();
		assertThat(shortcuts.knownToHold(ref1, child(serviceRequest, "performer"))).as("no reference").isTrue();
		assertThat(shortcuts.knownToHold(ref1, child(serviceRequest, "requester"))).as("#p1").isFalse();
	}

	@Test
	void dom6IsNarrowedOnTheRootOnlyAndKeepsWhatItsMessageIsMadeOf() {
		ElementDefinitionConstraintComponent dom6 = constraint("DomainResource", "dom-6");
		Element contained = child(serviceRequest, "contained");

		ElementDefinitionConstraintComponent onTheRoot = shortcuts.toEvaluate(dom6, serviceRequest, serviceRequest);
		assertThat(onTheRoot).isNotSameAs(dom6);
		assertThat(onTheRoot.equalsDeep(dom6)).isTrue();
		assertThat(shortcuts.toEvaluate(dom6, serviceRequest, serviceRequest)).isSameAs(onTheRoot);
		assertThat(shortcuts.toEvaluate(dom6, contained, serviceRequest)).isSameAs(dom6);
		assertThat(shortcuts.knownToHold(dom6, serviceRequest)).isFalse();
	}

	@Test
	void dom6IsLeftWholeOnAResourceTheLibraryDoesNotFindEqualToItself() {
		ElementDefinitionConstraintComponent dom6 = constraint("DomainResource", "dom-6");

		assertThat(shortcuts.toEvaluate(dom6, patient, patient)).isSameAs(dom6);
	}

	@Test
	void otherInvariantsAreLeftToTheEngine() {
		ElementDefinitionConstraintComponent dom2 = constraint("DomainResource", "dom-2");

		assertThat(shortcuts.knownToHold(dom2, serviceRequest)).isFalse();
		assertThat(shortcuts.toEvaluate(dom2, serviceRequest, serviceRequest)).isSameAs(dom2);
	}

	@Test
	void anInvariantMetAgainOnAnElementGivesItsMessagesAgainWithoutBeingEvaluatedAgain() throws IOException {
		ElementDefinition base = worker.fetchTypeDefinition("DomainResource").getSnapshot().getElementFirstRep();
		ElementDefinition profiled = base.copy(); // a profile's element: copies of the same constraints
		Element request = parsed(SERVICE_REQUEST);
		List<String> evaluated = new ArrayList<>();
		Evaluation failing = (inv, messages) -> {
			evaluated.add(inv.getKey());
			messages.add(new ValidationMessage(Source.InstanceValidator, IssueType.INVARIANT, "ServiceRequest",
					"failed " + inv.getKey(), IssueSeverity.ERROR));
			return false;
		};
		List<String> keys = base.getConstraint().stream().filter(c -> c.hasExpression()).map(c -> c.getKey()).toList();

		List<ValidationMessage> first = new ArrayList<>();
		boolean firstHolds = shortcuts.checkEach(base, request, first, failing);
		List<ValidationMessage> again = new ArrayList<>();
		boolean againHolds = shortcuts.checkEach(profiled, request, again, failing);

		assertThat(keys).contains("dom-2", "dom-6");
		assertThat(evaluated).containsExactlyElementsOf(keys);
		assertThat(first).hasSize(keys.size());
		assertThat(again).containsExactlyElementsOf(first);
		assertThat(firstHolds).isFalse();
		assertThat(againHolds).as("as in the library, only a first evaluation counts").isTrue();

		profiled.getConstraint().forEach(c -> c.setSeverity(c.getSeverity() == ConstraintSeverity.ERROR
				? ConstraintSeverity.WARNING : ConstraintSeverity.ERROR));
		shortcuts.checkEach(profiled, request, new ArrayList<>(), failing);
		shortcuts.checkEach(base, child(request, "contained"), new ArrayList<>(), failing);
		assertThat(evaluated).as("another severity, another element").hasSize(3 * keys.size());
	}

	private static ElementDefinitionConstraintComponent constraint(String type, String key) {
		StructureDefinition definition = worker.fetchTypeDefinition(type);
		return definition.getSnapshot().getElementFirstRep().getConstraint().stream()
				.filter(constraint -> constraint.getKey().equals(key))
				.findFirst()
				.orElseThrow();
	}

	private static Element child(Element parent, String name) {
		return parent.getChildren(name).get(0);
	}
}
