package org.ecmh.fhir.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.data.IResourceModifiedDao;
import ca.uhn.fhir.jpa.dao.tx.HapiTransactionService;
import ca.uhn.fhir.jpa.model.entity.IPersistedResourceModifiedMessage;
import ca.uhn.fhir.jpa.model.entity.PersistedResourceModifiedMessageEntityPK;
import ca.uhn.fhir.jpa.subscription.ResourceModifiedMessagePersistenceSvcImpl;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.rest.server.messaging.BaseResourceMessage.OperationTypeEnum;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * HAPI's store of change notices awaiting delivery (one row per resource version, written with the change,
 * handed on by a delivery pass every few seconds). A deletion's notice is keyed by the version before it, so
 * it can land on a notice still waiting for that version; HAPI then updates that row, and a delivery pass
 * taking the row at the same moment fails the deletion with a version conflict. Here the waiting notice is
 * removed first, within the deletion's transaction: a pass holding it makes the deletion wait, not fail.
 */
class PendingNotices extends ResourceModifiedMessagePersistenceSvcImpl {

	private final IResourceModifiedDao notices;
	private final FhirContext fhirContext;

	PendingNotices(FhirContext fhirContext, IResourceModifiedDao notices, DaoRegistry daos, HapiTransactionService transactions) {
		super(fhirContext, notices, daos, transactions);
		this.notices = notices;
		this.fhirContext = fhirContext;
	}

	@Override
	public IPersistedResourceModifiedMessage persist(ResourceModifiedMessage notice) {
		if (notice.getOperationType() == OperationTypeEnum.DELETE) {
			IIdType versionBefore = notice.getPayloadId(fhirContext);
			notices.removeById(PersistedResourceModifiedMessageEntityPK.with(
					versionBefore.getIdPart(), versionBefore.getVersionIdPart(), versionBefore.getResourceType()));
		}
		return super.persist(notice);
	}
}
