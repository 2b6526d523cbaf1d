package org.ecmh.fhir.ig;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.ecmh.fhir.server.BeforeStorage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.SearchParameter;

/**
 * HAPI starts a reindex job for every SearchParameter stored, to index the resources already stored of its base
 * types. Installing the guide on a new database stores its search parameters before any such resource exists:
 * there is nothing to reindex, yet each job, started about a minute later, went over every resource of its
 * types written in the meantime (already indexed on write), for minutes of both cores on the first data a new
 * deployment takes. The guide's search parameters therefore skip the job when no resource of their base types is
 * stored; where some are (a guide upgraded on a database in use), HAPI reindexes them as usual.
 */
@Interceptor
class ReindexOnlyStoredResources extends BeforeStorage {

	private final DaoRegistry daos;
	private final ISearchParamRegistry searchParameters;

	ReindexOnlyStoredResources(DaoRegistry daos, ISearchParamRegistry searchParameters) {
		this.daos = daos;
		this.searchParameters = searchParameters;
	}

	@Override
	protected void beforeStoring(IBaseResource resource, RequestDetails request) {
		if (resource instanceof SearchParameter parameter && request != null && PackageInstallation.inProgressOnThisThread()) {
			// Set for each definition: the installer may store all of them under one request.
			boolean nothingToReindex = parameter.getBase().stream().map(CodeType::getCode).noneMatch(this::anyStored);
			request.getUserData().put(JpaConstants.SKIP_REINDEX_ON_UPDATE, nothingToReindex);
			if (nothingToReindex) {
				// What HAPI does after requesting the job, and skips with it: the parameter is in use from the next search.
				searchParameters.requestRefresh();
			}
		}
	}

	/** Whether a resource of {@code type} is stored; true for a base that is no resource type of its own (Resource). */
	private boolean anyStored(String type) {
		if (!daos.isResourceTypeSupported(type)) {
			return true;
		}
		SearchParameterMap first = SearchParameterMap.newSynchronous().setLoadSynchronousUpTo(1);
		return !daos.getResourceDao(type).search(first, new SystemRequestDetails()).isEmpty();
	}
}
