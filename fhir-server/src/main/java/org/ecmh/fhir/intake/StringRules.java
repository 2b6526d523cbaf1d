package org.ecmh.fhir.intake;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecmh.fhir.server.BeforeStorage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;

/**
 * FHIR's rules for text values that HAPI's parser lets through, checked on every write before storage:
 * a string is at most 1 MB, and every value is Unicode text. A JSON escape can carry half of a UTF-16 surrogate
 * pair (U+D800 to U+DFFF alone), which is not a character and which no UTF-8 column can hold; unchecked, it
 * failed deep in storage as a 500.
 * Resources validated against our profiles get the length rule from the validator too; this covers the rest.
 */
@Interceptor
public class StringRules extends BeforeStorage {

	/** FHIR R4 datatypes, string: "Strings SHALL NOT exceed 1MB (1024*1024 characters) in size". */
	static final int MAX_STRING_CHARACTERS = 1024 * 1024;

	private final FhirContext fhirContext;

	StringRules(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Override
	protected void beforeStoring(IBaseResource resource, RequestDetails request) {
		fhirContext.newTerser().visit(resource, (element, containers, children, definitions) -> {
			if (element instanceof PrimitiveType<?> primitive && primitive.getValue() instanceof String text) {
				problemWith(text, element instanceof StringType).ifPresent(problem -> {
					throw new InvalidRequestException(path(resource, children) + " " + problem);
				});
			}
			return true;
		});
	}

	static Optional<String> problemWith(String text, boolean isString) {
		if (isString && text.length() > MAX_STRING_CHARACTERS) {
			return Optional.of("is " + text.length() + " characters long; FHIR strings are at most " + MAX_STRING_CHARACTERS);
		}
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			if (Character.isHighSurrogate(character) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
				index++;
			} else if (Character.isSurrogate(character)) {
				return Optional.of(String.format("holds half of a UTF-16 surrogate pair (\\u%04x at character %d), which is not Unicode text",
						(int) character, index));
			}
		}
		return Optional.empty();
	}

	private String path(IBaseResource resource, List<BaseRuntimeChildDefinition> children) {
		return children.stream().map(BaseRuntimeChildDefinition::getElementName)
				.collect(Collectors.joining(".", fhirContext.getResourceType(resource) + ".", ""));
	}
}
