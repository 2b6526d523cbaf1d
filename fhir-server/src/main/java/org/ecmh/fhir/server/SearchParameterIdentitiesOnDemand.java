package org.ecmh.fhir.server;

import ca.uhn.fhir.jpa.searchparam.registry.SearchParamRegistryImpl;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * HAPI records, for every search parameter's index hash, which resource type and parameter it stands for
 * (HFJ_SPIDX_IDENTITY: a look-up for people reading the index tables; HAPI's searches and writes do not read
 * it). By default it records all of them, about 1,400 for R4 alone, one transaction each, on a thread of its
 * own that competes with start-up and the IG's installation for the CPU. Left to HAPI's writes, each is
 * recorded the first time a resource is indexed by it.
 */
final class SearchParameterIdentitiesOnDemand implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SearchParamRegistryImpl registry) {
			registry.setPopulateSearchParamIdentities(false);
		}
		return bean;
	}
}
