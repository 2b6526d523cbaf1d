package org.ecmh.fhir.ig;

import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager.PackageContents;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallOutcomeJson;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec.InstallModeEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Installs the IG into the repository before the server reports ready, from the package on its own classpath:
 * no network, no registry. The stored definitions always follow the build that starts: a package already
 * stored byte for byte is left alone (restarts and further instances stay fast); any other stored build of
 * the guide, the same version rebuilt, a newer or an older one, is uninstalled first, because HAPI keeps the
 * first stored content of a version and installs from that; instances of different builds on one database
 * therefore leave the definitions of the last one started. An installation cut short (the package stored,
 * some definitions not) is done again.
 */
class PackageInstallation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PackageInstallation.class);
	private static final ThreadLocal<Boolean> INSTALLING = ThreadLocal.withInitial(() -> false);

	private final IPackageInstallerSvc installer;
	private final IHapiPackageCacheManager installedPackages;
	private final InstalledDefinitions definitions;
	private final ImplementationGuidePackage ig;
	private final IgProperties properties;

	PackageInstallation(
			IPackageInstallerSvc installer,
			IHapiPackageCacheManager installedPackages,
			InstalledDefinitions definitions,
			ImplementationGuidePackage ig,
			IgProperties properties) {
		this.installer = installer;
		this.installedPackages = installedPackages;
		this.definitions = definitions;
		this.ig = ig;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.installOnStart()) {
			return;
		}
		List<String> storedVersions = storedVersions();
		if (storedVersions.equals(List.of(ig.version())) && storedBytesAreOurs() && definitions.allStored()) {
			return;
		}
		// Removal first: a start cut short anywhere below leaves our package or one of its definitions missing,
		// and the next start does all of it again.
		storedVersions.forEach(version -> installer.uninstall(spec(version)));
		definitions.removeDropped();
		PackageInstallOutcomeJson outcome = install();
		log.info("Installed IG {}#{} (replacing stored versions {}): {}",
				ig.name(), ig.version(), storedVersions, outcome.getResourcesInstalled());
	}

	/**
	 * True while this thread installs the package (HAPI's installer writes synchronously): the package's own
	 * definitions were validated when the IG was built and need not be validated again on the way in.
	 */
	static boolean inProgressOnThisThread() {
		return INSTALLING.get();
	}

	private PackageInstallOutcomeJson install() {
		PackageInstallationSpec spec = spec(ig.version())
				.setPackageContents(ig.bytes())
				.setInstallMode(InstallModeEnum.STORE_AND_INSTALL)
				// Only R4 core is needed, and it ships with HAPI: never reach for a package registry.
				.setFetchDependencies(false);
		spec.setInstallResourceTypes(properties.installResourceTypes());
		// Definitions stored under the same canonical URL are overwritten with ours.
		spec.setReloadExisting(true);
		INSTALLING.set(true);
		try {
			return installer.install(spec);
		} finally {
			INSTALLING.remove();
		}
	}

	private PackageInstallationSpec spec(String version) {
		return new PackageInstallationSpec().setName(ig.name()).setVersion(version);
	}

	private List<String> storedVersions() {
		try {
			return List.copyOf(installedPackages.loadPackageMetadata(ig.name()).getVersions().keySet());
		} catch (ResourceNotFoundException neverInstalled) {
			return List.of();
		}
	}

	private boolean storedBytesAreOurs() {
		PackageContents installed = installedPackages.loadPackageContents(ig.name(), ig.version());
		return installed != null && Arrays.equals(installed.getBytes(), ig.bytes());
	}
}
