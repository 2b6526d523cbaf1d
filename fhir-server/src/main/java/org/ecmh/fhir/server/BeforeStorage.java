package org.ecmh.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * An interceptor that sees every resource about to be stored, created or updated, by a REST write, a transaction
 * entry or the server itself; throwing refuses the write. Register it with HAPI's {@code IInterceptorService}
 * (not only the REST server), so internal writes pass it too.
 */
public abstract class BeforeStorage {

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource, RequestDetails request) {
		beforeStoring(resource, request);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		beforeStoring(updated, request);
	}

	/** @param request the request writing it; a system request for the server's own writes, or null */
	protected abstract void beforeStoring(IBaseResource resource, RequestDetails request);
}
