package org.ecmh.bench.plain;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The benchmark's baseline: HAPI FHIR's JPA server for R4 as HAPI ships it. Only HAPI's configuration
 * classes and the few beans they expect an application to supply, each with HAPI's defaults; no profile
 * validation, no interceptors. Nothing of ecmh-fhir is on its class path.
 */
@SpringBootApplication
@Import({JpaR4Config.class, ThreadPoolFactoryConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
		SubscriptionChannelConfig.class})
public class PlainHapiServer {

	public static void main(String[] args) {
		SpringApplication.run(PlainHapiServer.class, args);
	}
}
