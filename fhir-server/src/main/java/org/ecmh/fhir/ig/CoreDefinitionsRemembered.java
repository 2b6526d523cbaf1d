package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.i18n.Msg;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.model.PackageInformation;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * HAPI's bridge between the HL7 validator and HAPI's validation support, remembering the FHIR core definitions it
 * hands out. The validator asks for definitions by URL many times per element (the type of each child, the
 * profile of each type, value sets of bindings): a tenth of a validation in a profile of the synthetic families,
 * each request going through HAPI's chain of supports and its conversion of the R4 definition to R5. The core
 * definitions HAPI serves from its own jar ({@code DefaultProfileValidationSupport}, first in HAPI's chain, which
 * marks them with the core package's id) never change while the server runs, and HAPI keeps each converted one
 * for good, so remembering them by URL hands the validator the very same objects. Everything else (this guide's
 * definitions, Questionnaires, code systems, whatever a client stores) is asked of HAPI every time, as before.
 */
final class CoreDefinitionsRemembered extends WorkerContextValidationSupportAdapter {

	private static final String TYPE_DEFINITIONS = "http://hl7.org/fhir/StructureDefinition/";
	/** HAPI's code for a definition not found, formatted once. */
	private static final String NOT_FOUND = Msg.code(667);

	private final String corePackage;
	private final Map<Class<?>, Map<String, Resource>> byType = new ConcurrentHashMap<>();
	/** By type name: the library asks for a type's definition with a URL it builds each time. */
	private final Map<String, StructureDefinition> typeDefinitions = new ConcurrentHashMap<>();

	CoreDefinitionsRemembered(IValidationSupport validationSupport) {
		super(validationSupport);
		String release = validationSupport.getFhirContext().getVersion().getVersion().name().toLowerCase(Locale.ROOT);
		this.corePackage = "hl7.fhir." + release + ".core"; // as DefaultProfileValidationSupport marks them
	}

	@Override
	public <T extends Resource> T fetchResource(Class<T> type, String url) {
		if (url == null) {
			return super.fetchResource(type, url);
		}
		Map<String, Resource> remembered = byType.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
		Resource known = remembered.get(url);
		return known != null ? type.cast(known) : keptIfCore(remembered, url, super.fetchResource(type, url));
	}

	/**
	 * HAPI's, with HAPI's message. The validator asks this of the system of every coding (is it a value set?), nearly
	 * always in vain, and drops the message; HAPI formats its message code anew for each miss.
	 */
	@Override
	public <T extends Resource> T fetchResourceWithException(Class<T> type, String url) {
		T found = fetchResource(type, url);
		if (found == null) {
			throw new FHIRException(NOT_FOUND + "Can not find resource of type " + type.getSimpleName() + " with uri " + url);
		}
		return found;
	}

	@Override
	public StructureDefinition fetchTypeDefinition(String typeName) {
		StructureDefinition known = typeDefinitions.get(typeName);
		return known != null
				? known
				: keptIfCore(typeDefinitions, typeName, fetchResource(StructureDefinition.class, TYPE_DEFINITIONS + typeName));
	}

	/** The definition HAPI found, remembered under {@code key} when it is one of HAPI's built-in core definitions. */
	private <R extends Resource> R keptIfCore(Map<String, ? super R> remembered, String key, R found) {
		if (isCore(found)) {
			remembered.put(key, found);
		}
		return found;
	}

	private boolean isCore(Resource definition) {
		PackageInformation source = definition == null ? null : definition.getSourcePackage();
		return source != null && corePackage.equals(source.getId());
	}
}
