package org.ecmh.fhir.ig;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guide for people: {@code /ig/} serves the human-readable pages generated from the IG at build time,
 * {@code /ig/package.tgz} the installable FHIR package itself.
 */
@RestController
class IgSite implements WebMvcConfigurer {

	static final String SITE = "classpath:/ecmh-ig/site/";

	private final ImplementationGuidePackage ig;

	IgSite(ImplementationGuidePackage ig) {
		this.ig = ig;
	}

	@GetMapping(value = "/ig/package.tgz", produces = "application/gzip")
	ResponseEntity<byte[]> fhirPackage() {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/gzip"))
				.header("Content-Disposition", "attachment; filename=\"" + ig.name() + "-" + ig.version() + ".tgz\"")
				.body(ig.bytes());
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/ig/**").addResourceLocations(SITE);
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// /ig/ shows the index in place, so the pages' relative links resolve against /ig/.
		registry.addRedirectViewController("/ig", "/ig/");
		registry.addViewController("/ig/").setViewName("forward:/ig/index.html");
	}
}
