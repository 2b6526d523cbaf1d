package org.ecmh.fhir.ig;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.ecmh.fhir.server.FhirServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;

/**
 * Names the IG in the CapabilityStatement and lists our profiles as each resource type's supported
 * profiles, so a client can discover what this server expects and enforces.
 */
@Interceptor
public class CapabilityStatementProfiles implements FhirServerInterceptor {

	private final ImplementationGuidePackage ig;

	CapabilityStatementProfiles(ImplementationGuidePackage ig) {
		this.ig = ig;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void addProfiles(IBaseConformance generated) {
		CapabilityStatement capabilities = (CapabilityStatement) generated;
		if (!capabilities.hasImplementationGuide(ig.implementationGuideUrl())) {
			capabilities.addImplementationGuide(ig.implementationGuideUrl());
		}
		for (CapabilityStatementRestResourceComponent resource : capabilities.getRestFirstRep().getResource()) {
			ig.profileTypes().forEach((url, type) -> {
				if (type.equals(resource.getType()) && !resource.hasSupportedProfile(url)) {
					resource.addSupportedProfile(url);
				}
			});
		}
	}
}
