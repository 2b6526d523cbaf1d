package org.ecmh.fhir.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code ecmh.data-dir} into an absolute path before anything uses it: H2 refuses database URLs with
 * implicitly relative paths, and an absolute path also makes the log say exactly where data lives.
 */
class DataDirectory implements EnvironmentPostProcessor {

	static final String PROPERTY = "ecmh.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null) {
			String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
			environment.getPropertySources().addFirst(new MapPropertySource("ecmh-data-dir", Map.of(PROPERTY, absolute)));
		}
	}
}
