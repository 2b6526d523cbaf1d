package org.ecmh.fhir.ig;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.param.UriOrListParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.param.UriParamQualifierEnum;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The definitions HAPI's package installer stored from any build of the guide, known by the
 * {@code meta.source} it gives them ({@code <package>|<version>}). A definition a practice has edited since
 * carries another source and is theirs.
 */
class InstalledDefinitions {

	private static final Logger log = LoggerFactory.getLogger(InstalledDefinitions.class);
	private static final String URL = "url";

	private final DaoRegistry daos;
	private final ImplementationGuidePackage ig;
	private final List<String> installedTypes;

	InstalledDefinitions(DaoRegistry daos, ImplementationGuidePackage ig, List<String> installedTypes) {
		this.daos = daos;
		this.ig = ig;
		this.installedTypes = installedTypes;
	}

	/** True when every definition of this build is in the repository: an installation cut short leaves some out. */
	boolean allStored() {
		for (String type : installedTypes) {
			Set<String> urls = ig.definitionUrls(List.of(type));
			UriOrListParam anyOfOurs = new UriOrListParam();
			urls.forEach(url -> anyOfOurs.addOr(new UriParam(url)));
			SearchParameterMap stored = SearchParameterMap.newSynchronous().add(URL, anyOfOurs);
			stored.setSummaryMode(SummaryEnum.COUNT);
			boolean missing = !urls.isEmpty()
					&& daos.getResourceDao(type).search(stored, new SystemRequestDetails()).size() < urls.size();
			if (missing) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Deletes what an earlier build installed and this one no longer defines (installing only adds and
	 * overwrites), so that a dropped rule or Questionnaire stops taking effect.
	 */
	void removeDropped() {
		String installedByGuide = ig.name() + "|";
		Set<String> ours = ig.definitionUrls(installedTypes);
		// _source matches any version of a resource: the current one must still be as installed
		SearchParameterMap fromGuide = SearchParameterMap.newSynchronous().add(Constants.PARAM_SOURCE,
				new UriParam(installedByGuide).setQualifier(UriParamQualifierEnum.BELOW));
		for (String type : installedTypes) {
			IFhirResourceDao<?> dao = daos.getResourceDao(type);
			for (var found : dao.search(fromGuide, new SystemRequestDetails()).getAllResources()) {
				Resource definition = (Resource) found;
				String url = urlOf(definition);
				boolean dropped = url != null && !ours.contains(url)
						&& definition.getMeta().hasSource() && definition.getMeta().getSource().startsWith(installedByGuide);
				if (dropped) {
					dao.delete(definition.getIdElement().toUnqualifiedVersionless(), new SystemRequestDetails());
					log.info("Removed {} {}: IG {}#{} no longer defines it", type, url, ig.name(), ig.version());
				}
			}
		}
	}

	private static String urlOf(Resource definition) {
		Property url = definition.getNamedProperty(URL);
		return url == null || !url.hasValues() ? null : url.getValues().get(0).primitiveValue();
	}
}
