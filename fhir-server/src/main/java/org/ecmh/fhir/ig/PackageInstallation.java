package org.ecmh.fhir.ig;

import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager.PackageContents;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallOutcomeJson;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec.InstallModeEnum;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Installs the IG into the repository before the server reports ready, from the package on its own classpath:
 * no network, no registry. A package already installed byte for byte is left alone (restarts and further
 * instances stay fast); any other content under the same version is reloaded, so the stored profiles always
 * match this build.
 */
class PackageInstallation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PackageInstallation.class);
	private static final ThreadLocal<Boolean> INSTALLING = ThreadLocal.withInitial(() -> false);

	private final IPackageInstallerSvc installer;
	private final IHapiPackageCacheManager installedPackages;
	private final ImplementationGuidePackage ig;
	private final IgProperties properties;

	PackageInstallation(
			IPackageInstallerSvc installer,
			IHapiPackageCacheManager installedPackages,
			ImplementationGuidePackage ig,
			IgProperties properties) {
		this.installer = installer;
		this.installedPackages = installedPackages;
		this.ig = ig;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.installOnStart() || alreadyInstalled()) {
			return;
		}
		PackageInstallationSpec spec = new PackageInstallationSpec()
				.setName(ig.name())
				.setVersion(ig.version())
				.setPackageContents(ig.bytes())
				.setInstallMode(InstallModeEnum.STORE_AND_INSTALL)
				// Only R4 core is needed, and it ships with HAPI: never reach for a package registry.
				.setFetchDependencies(false);
		spec.setInstallResourceTypes(properties.installResourceTypes());
		spec.setReloadExisting(true);
		PackageInstallOutcomeJson outcome;
		INSTALLING.set(true);
		try {
			outcome = installer.install(spec);
		} finally {
			INSTALLING.remove();
		}
		log.info("Installed IG {}#{}: {}", ig.name(), ig.version(), outcome.getResourcesInstalled());
	}

	/**
	 * True while this thread installs the package (HAPI's installer writes synchronously): the package's own
	 * definitions were validated when the IG was built and need not be validated again on the way in.
	 */
	static boolean inProgressOnThisThread() {
		return INSTALLING.get();
	}

	private boolean alreadyInstalled() {
		PackageContents installed = installedPackages.loadPackageContents(ig.name(), ig.version());
		return installed != null && Arrays.equals(installed.getBytes(), ig.bytes());
	}
}
