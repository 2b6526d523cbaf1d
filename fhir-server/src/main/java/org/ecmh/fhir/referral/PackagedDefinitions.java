package org.ecmh.fhir.referral;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** Definitions read straight from the IG package the server ships, for knowledge it needs before any request. */
final class PackagedDefinitions {

	private final NpmPackage npm;
	private final FhirContext fhirContext;

	PackagedDefinitions(byte[] packageBytes, FhirContext fhirContext) {
		try {
			this.npm = NpmPackage.fromPackage(new ByteArrayInputStream(packageBytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.fhirContext = fhirContext;
	}

	<T extends IBaseResource> T byCanonical(String url, Class<T> type) {
		try (InputStream json = npm.loadByCanonical(url)) {
			if (json == null) {
				throw new IllegalStateException("The IG package has no " + url);
			}
			return fhirContext.newJsonParser().parseResource(type, json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
