package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.IValidationContext;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.ecmh.fhir.ig.IgProperties.ValidatorPool;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.elementmodel.ParserBase.ValidationPolicy;
import org.hl7.fhir.r5.elementmodel.ValidatedFragment;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.utils.NodeStack;
import org.hl7.fhir.validation.instance.utils.ValidationContext;

/**
 * HAPI's {@link FhirInstanceValidator} with the same settings and the same messages, minus its largest cost: HAPI
 * builds a new HL7 {@link InstanceValidator} for every resource, and building one (a FHIRPath engine over every
 * type, the OID registry parsed from its CSV, ...) costs about ten times the validation itself. Here an
 * InstanceValidator is built once, configured as HAPI configures it, and then validates one resource at a time,
 * up to {@code usesPerValidator} resources. Up to {@code maxIdle} of them wait in a pool between requests. Each
 * keeps the JSON parser it reads resources with, too: the library builds one per resource, and building one
 * (a FHIRPath engine, a scan of every type definition) cost a tenth of a validation on a warm server.
 *
 * <p>Why reuse gives the same messages (HL7 core library 6.7.x; the HL7 validator CLI reuses one instance for many
 * files the same way): each run of {@code InstanceValidator.validate} first resets the state a result depends on
 * (fetched resources, resource trackers, tracked and removed messages, execution id, parsed content).
 * {@code Reusable.forgetPreviousRun()} clears what else could change a message (hints that a definition is
 * deprecated or retired are otherwise given once per validator instead of once per resource) and what would pile
 * up: the codings seen, each with its place in the resource and so the whole parsed resource (read only by IPS
 * checks, off), and code and text pairs (read by an AI check, off). The rest only grows and is never read by the
 * checks we run: xhtml id maps keyed by the elements of earlier runs (never hit again), canonical look-ups of
 * unknown profiles (made only through a fetcher that fetches canonical resources: there is none on write, and
 * HAPI's JPA fetcher for $validate fetches none). So a validator keeps under 0.1 kB of each resource it checked
 * (about 50 kB with the codings kept); it is retired after {@code usesPerValidator} resources, which bounds that
 * and how long its FHIRPath type list can lag behind definitions installed later. The parser keeps only the last
 * resource it read and its settings (set again before each parse), the names of the concrete resource types and
 * the definition of each type it read, all read once like that type list. A validator whose run threw is dropped,
 * not reused.
 *
 * <p>The work done for each invariant on each element is made cheaper ({@link InvariantShortcuts}), and FHIR's
 * core definitions are looked up once ({@link CoreDefinitionsRemembered}).
 *
 * <p>JSON goes through the pool; any other encoding (an XML body sent to {@code $validate}) takes HAPI's own path.
 */
class PooledInstanceValidator extends FhirInstanceValidator {

	private static final Gson GSON = new Gson();

	private final int usesPerValidator;
	private final BlockingQueue<Reusable> idle;

	PooledInstanceValidator(IValidationSupport validationSupport, ValidatorPool pool) {
		super(validationSupport);
		setWrappedWorkerContext(validationSupport, new CoreDefinitionsRemembered(validationSupport));
		this.usesPerValidator = pool.usesPerValidator();
		this.idle = new ArrayBlockingQueue<>(pool.maxIdle());
	}

	/** A pooled validator with every setting of {@code model}, e.g. the one HAPI's JPA server uses for $validate. */
	static PooledInstanceValidator configuredAs(FhirInstanceValidator model, ValidatorPool pool) {
		PooledInstanceValidator pooled = new PooledInstanceValidator(model.getValidationSupport(), pool);
		pooled.setAnyExtensionsAllowed(model.isAnyExtensionsAllowed());
		if (model.getBestPracticeWarningLevel() != null) {
			pooled.setBestPracticeWarningLevel(model.getBestPracticeWarningLevel());
		}
		pooled.setErrorForUnknownProfiles(model.isErrorForUnknownProfiles());
		pooled.setNoTerminologyChecks(model.isNoTerminologyChecks());
		pooled.setNoExtensibleWarnings(model.isNoExtensibleWarnings());
		pooled.setNoBindingMsgSuppressed(model.isNoBindingMsgSuppressed());
		pooled.setCustomExtensionDomains(model.getExtensionDomains());
		pooled.setValidatorResourceFetcher(model.getValidatorResourceFetcher());
		pooled.setValidatorPolicyAdvisor(model.getValidatorPolicyAdvisor());
		pooled.setAssumeValidRestReferences(model.isAssumeValidRestReferences());
		pooled.setAllowExamples(model.isAllowExamples());
		pooled.setHostApplicationServices(model.getHostApplicationServices());
		return pooled;
	}

	@Override
	protected List<ValidationMessage> validate(IValidationContext<?> context) {
		if (context.getResourceAsStringEncoding() != EncodingEnum.JSON) {
			return super.validate(context);
		}
		IWorkerContext worker = provideWorkerContext();
		String json = context.getResourceAsString();
		List<StructureDefinition> profiles = new ArrayList<>();
		List<ValidationMessage> unknownProfiles = new ArrayList<>();
		// As HAPI does: the profiles asked for, then those the resource claims, each given to the validator.
		context.getOptions().getProfiles().forEach(url -> addProfile(worker, url, profiles, unknownProfiles));
		claimedProfiles(json).forEach(url -> addProfile(worker, url, profiles, unknownProfiles));

		Reusable validator = borrow(worker);
		List<ValidationMessage> messages = validator.validateJson(context.getOptions().getAppContext(), json, profiles);
		giveBack(validator);
		if (profiles.isEmpty()) {
			messages.addAll(unknownProfiles);
		}
		return asHapiReportsThem(messages);
	}

	private Reusable borrow(IWorkerContext worker) {
		Reusable validator = idle.poll();
		return validator != null ? validator : newValidator(worker);
	}

	private void giveBack(Reusable validator) {
		if (++validator.uses < usesPerValidator) {
			idle.offer(validator); // dropped when maxIdle are already waiting
		}
	}

	/** Built and configured as HAPI's ValidatorWrapper does for each resource, but once. */
	private Reusable newValidator(IWorkerContext worker) {
		Reusable validator = new Reusable(worker, Objects.requireNonNullElseGet(
				getHostApplicationServices(), FhirInstanceValidator.NullEvaluationContext::new));
		validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
		validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
		validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
		validator.setResourceIdRule(IdStatus.OPTIONAL);
		validator.setNoTerminologyChecks(isNoTerminologyChecks());
		validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
		validator.setUnknownCodeSystemsCauseErrors(true);
		validator.getExtensionDomains().addAll(getExtensionDomains());
		validator.setFetcher(getValidatorResourceFetcher());
		validator.setPolicyAdvisor(getValidatorPolicyAdvisor());
		validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
		validator.setNoBindingMsgSuppressed(isNoBindingMsgSuppressed());
		validator.setAllowExamples(isAllowExamples());
		validator.setAllowXsiLocation(true);
		return validator;
	}

	private static List<String> claimedProfiles(String json) {
		List<String> urls = new ArrayList<>();
		JsonObject meta = GSON.fromJson(json, JsonObject.class).getAsJsonObject("meta");
		JsonElement profile = meta == null ? null : meta.get("profile");
		if (profile != null && profile.isJsonArray()) {
			for (JsonElement url : (JsonArray) profile) {
				urls.add(url.getAsString());
			}
		}
		return urls;
	}

	/** A profile the worker context does not know is reported only if no profile at all could be used. */
	private static void addProfile(IWorkerContext worker, String url, List<StructureDefinition> profiles,
			List<ValidationMessage> unknownProfiles) {
		StructureDefinition profile;
		try {
			profile = worker.fetchResource(StructureDefinition.class, url);
		} catch (FHIRException e) {
			return; // HAPI skips a profile that fails to load, without a message
		}
		if (profile != null) {
			profiles.add(profile);
		} else {
			ValidationMessage unknown = new ValidationMessage();
			unknown.setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN);
			unknown.setLevel(IssueSeverity.ERROR);
			unknown.setMessage("Invalid profile. Failed to retrieve profile with url=" + url);
			unknownProfiles.add(unknown);
		}
	}

	/**
	 * HAPI's last step: drop two messages it does not report, and give unknown profiles the severity its
	 * setting asks for.
	 */
	private List<ValidationMessage> asHapiReportsThem(List<ValidationMessage> messages) {
		IssueSeverity unknownProfile = isErrorForUnknownProfiles() ? IssueSeverity.ERROR : IssueSeverity.WARNING;
		List<ValidationMessage> reported = new ArrayList<>();
		for (ValidationMessage message : messages) {
			String id = message.getMessageId();
			if (I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE.equals(id)
					|| I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND.equals(id)
							&& message.getMessage().contains("http://hl7.org/fhir/ValueSet/mimetypes")) {
				continue;
			}
			if (I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(id)
					|| I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(id)) {
				message.setLevel(unknownProfile);
			}
			reported.add(message);
		}
		return reported;
	}

	/** An InstanceValidator that counts its uses and forgets what could change the next run's messages. */
	private static final class Reusable extends InstanceValidator {

		private final DefinitionsRemembered parser;
		private final List<?> codingsSeen;
		private final InvariantShortcuts invariants;
		private int uses;

		Reusable(IWorkerContext worker, IHostApplicationServices hostServices) {
			super(worker, hostServices, new XVerExtensionManagerOld(worker), new ValidatorSession(), new ValidatorSettings());
			parser = new DefinitionsRemembered(worker);
			parser.setupValidation(ValidationPolicy.EVERYTHING);
			codingsSeen = codingsSeenBy(this);
			invariants = new InvariantShortcuts(worker.getVersion(), getFHIRPathEngine());
		}

		/** Every invariant of an element's definition, as the library checks them, by {@link InvariantShortcuts}. */
		@Override
		public boolean checkInvariants(ValidationContext valContext, List<ValidationMessage> errors,
				StructureDefinition profile, ElementDefinition definition, Element resource, Element element,
				NodeStack stack, boolean onlyNonInherited) {
			if (onlyNonInherited || isNoInvariantChecks()) {
				return super.checkInvariants(valContext, errors, profile, definition, resource, element, stack,
						onlyNonInherited);
			}
			return invariants.checkEach(definition, element, errors, (inv, messages) ->
					checkInvariant(valContext, messages, stack.getLiteralPath(), profile, resource, element, inv));
		}

		@Override
		public boolean checkInvariant(ValidationContext valContext, List<ValidationMessage> errors, String path,
				StructureDefinition profile, Element resource, Element element, ElementDefinitionConstraintComponent inv) {
			if (invariants.knownToHold(inv, element)) {
				valContext.setProfile(profile); // as the library does before it evaluates
				return true;
			}
			ElementDefinitionConstraintComponent evaluated = invariants.toEvaluate(inv, element,
					valContext.getRootResource());
			return super.checkInvariant(valContext, errors, path, profile, resource, element, evaluated);
		}

		/**
		 * The list of codings the validator's private observer collects, each with its place in the resource and so
		 * the whole parsed resource (about 50 kB a resource). It is read only by the IPS check, which is off; the
		 * library has no way to clear it, so it is reached by reflection. A library that renamed it fails here,
		 * at the first validation, and in every test that validates.
		 */
		private static List<?> codingsSeenBy(InstanceValidator validator) {
			try {
				Field observerField = InstanceValidator.class.getDeclaredField("codingObserver");
				observerField.setAccessible(true);
				Object observer = observerField.get(validator);
				Field listField = observer.getClass().getDeclaredField("list");
				listField.setAccessible(true);
				return (List<?>) listField.get(observer);
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("HL7 validator without the codings list this pool clears", e);
			}
		}

		/**
		 * What {@code validate(appContext, messages, stream, JSON, profiles)} does, with this validator's parser. A
		 * logical model among the profiles takes the library's own path, which parses by that model.
		 */
		List<ValidationMessage> validateJson(Object appContext, String json, List<StructureDefinition> profiles) {
			forgetPreviousRun();
			List<ValidationMessage> messages = new ArrayList<>();
			InputStream content = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
			if (profiles.stream().anyMatch(profile -> profile.getKind() == StructureDefinitionKind.LOGICAL)) {
				validate(appContext, messages, content, FhirFormat.JSON, profiles);
				return messages;
			}
			validatedContent = parse(content);
			for (ValidatedFragment fragment : validatedContent) {
				if (fragment.getElement() != null) {
					String path = validatedContent.size() > 1 ? fragment.path() : null;
					validate(appContext, fragment.getErrors(), path, fragment.getElement(), profiles);
				}
				messages.addAll(fragment.getErrors());
			}
			return messages;
		}

		private List<ValidatedFragment> parse(InputStream content) {
			parser.setAllowComments(isAllowComments());
			parser.setSignatureServices(getSignatureServices());
			try {
				return parser.parse(content);
			} catch (IOException e) {
				throw new FHIRException(e);
			}
		}

		private void forgetPreviousRun() {
			statusWarnings.clear();
			getTextsToCheck().clear();
			codingsSeen.clear();
		}
	}

	/**
	 * The library's JSON parser, remembering the definition of each resource type it has read: the library looks it
	 * up by going through every StructureDefinition the worker context holds, for every resource it parses (a tenth
	 * of a validation in a profile of W1). Kept as long as the parser, like its list of type names.
	 */
	private static final class DefinitionsRemembered extends JsonParser {

		private final Map<String, StructureDefinition> definitions = new HashMap<>();

		DefinitionsRemembered(IWorkerContext worker) {
			super(worker);
		}

		@Override
		protected StructureDefinition getDefinition(List<ValidationMessage> errors, int line, int col, String name) {
			StructureDefinition known = definitions.get(name);
			if (known != null) {
				return known;
			}
			StructureDefinition found = super.getDefinition(errors, line, col, name);
			if (found != null) {
				definitions.put(name, found);
			}
			return found;
		}
	}
}
