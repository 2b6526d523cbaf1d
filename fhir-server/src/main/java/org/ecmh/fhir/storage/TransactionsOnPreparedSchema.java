package org.ecmh.fhir.storage;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Spring's JPA transactions, each begun only once the schema is ready ({@link SchemaPreparation}): HAPI reads
 * and writes its tables only in transactions, so none of it can run on a schema still being migrated.
 */
final class TransactionsOnPreparedSchema extends JpaTransactionManager {

	private final transient SchemaPreparation schema;

	TransactionsOnPreparedSchema(EntityManagerFactory entityManagerFactory, SchemaPreparation schema) {
		super(entityManagerFactory);
		this.schema = schema;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		schema.await();
		super.doBegin(transaction, definition);
	}
}
