package org.ecmh.fhir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ecmh-fhir server: a HAPI FHIR JPA server (R4) at {@code /fhir}, shaped by the ECMH implementation guide. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcmhFhirServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(EcmhFhirServerApplication.class, args);
	}
}
