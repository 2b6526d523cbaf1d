package org.ecmh.fhir.server;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Marks the bean definitions final once every bean factory post-processor has run, instead of at the end of
 * start-up. Spring looks up beans by type uncached until then, scanning every definition for each injection
 * point; and Spring Boot creates the web server, and with it the FHIR servlet and nearly all of HAPI's beans,
 * before that end. A definition registered later still resets the caches (Spring allows it).
 */
final class BeanTypesSettledEarly implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		beanFactory.freezeConfiguration();
	}
}
