package org.ecmh.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec.InstallModeEnum;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecmh.fhir.SecondServer;
import org.ecmh.fhir.ig.ImplementationGuidePackage;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another FHIR server installs our guide the way a vendor's would: HAPI's package installer fetching
 * {@code /ig/package.tgz} from this server.
 */
abstract class PackageConsumerContract extends ServerUnderTest {

	@Autowired
	ImplementationGuidePackage ig;

	@Test
	void hapisPackageInstallerInstallsTheServedPackageIntoAnotherServer() {
		Map<String, String> blankServer = Map.of(
				"ecmh.data-dir", "target/test-data/consumer-" + UUID.randomUUID(),
				"ecmh.ig.install-on-start", "false");
		try (ConfigurableApplicationContext consumer = SecondServer.start(blankServer)) {
			String profile = ig.profileTypes().keySet().iterator().next();
			assertThat(profilesNamed(consumer, profile)).isEmpty();

			PackageInstallationSpec spec = new PackageInstallationSpec()
					.setName(ig.name())
					.setVersion(ig.version())
					.setPackageUrl("http://localhost:" + port + "/ig/package.tgz")
					.setInstallMode(InstallModeEnum.STORE_AND_INSTALL)
					.setFetchDependencies(false);
			spec.setInstallResourceTypes(List.of("StructureDefinition", "CodeSystem", "ValueSet", "Questionnaire"));
			consumer.getBean(IPackageInstallerSvc.class).install(spec);

			assertThat(profilesNamed(consumer, profile)).hasSize(1);
		}
	}

	private static List<Bundle.BundleEntryComponent> profilesNamed(ConfigurableApplicationContext server, String url) {
		return SecondServer.clientOf(server).search().byUrl("StructureDefinition?url=" + url)
				.cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute().getEntry();
	}
}
