package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.BundleUtil;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Profile checks of a transaction's entries, run side by side before HAPI stores the entries one at a time on the
 * request's thread (a check takes milliseconds and a family's bundle holds dozens of profiled resources). The
 * check at storage then takes an entry's result from here, provided the entry still reads as it did when checked;
 * one changed in between (a screening total filled in by scoring) is checked again. Refusals stay where they
 * were, at the storage of the failing entry: an entry HAPI does not store (a conditional create that matched)
 * refuses nothing, as before. Checks are counted as {@code ecmh.ig.profile.checks} by resource type and stage
 * ({@code ahead}, {@code at-storage}): a transaction whose entries are checked twice shows as both.
 */
class EntriesCheckedAhead implements AutoCloseable {

	private static final String CHECKED = EntriesCheckedAhead.class.getName() + ".checked";

	private final FhirContext fhirContext;
	private final FhirValidator validator;
	private final ExecutorService checkers;
	private final MeterRegistry meters;

	/** @param threads how many checks run at once; below 2 nothing is checked ahead */
	EntriesCheckedAhead(FhirContext fhirContext, FhirValidator validator, int threads, MeterRegistry meters) {
		this.fhirContext = fhirContext;
		this.validator = validator;
		this.meters = meters;
		CustomizableThreadFactory checkerThreads = new CustomizableThreadFactory("profile-check-");
		checkerThreads.setDaemon(true);
		this.checkers = threads < 2 ? null : Executors.newFixedThreadPool(threads, checkerThreads);
	}

	/** The content a profile check reads: the resource without its id, which HAPI assigns on the way to storage. */
	String contentOf(IBaseResource resource) {
		IParser parser = fhirContext.newJsonParser().setOmitResourceId(true);
		return parser.encodeResourceToString(resource);
	}

	/** Checks a resource as it is stored. */
	ValidationResult check(IBaseResource resource, String content) {
		countCheck("at-storage", resource);
		return validator.validateWithResult(content);
	}

	/** Checks the bundle's entries that {@code profiled} selects, side by side, and keeps the results for the request. */
	void checkEntries(IBaseBundle bundle, RequestDetails request, Predicate<IBaseResource> profiled) {
		if (checkers == null || request == null) {
			return;
		}
		List<IBaseResource> entries = BundleUtil.toListOfResources(fhirContext, bundle).stream().filter(profiled).toList();
		if (entries.size() < 2) {
			return;
		}
		Map<IBaseResource, Checked> checked = Collections.synchronizedMap(new IdentityHashMap<>());
		List<Future<?>> running = entries.stream()
				.<Future<?>>map(entry -> checkers.submit(() -> {
					String content = contentOf(entry);
					countCheck("ahead", entry);
					checked.put(entry, new Checked(content, validator.validateWithResult(content)));
				}))
				.toList();
		for (Future<?> check : running) {
			awaitQuietly(check);
		}
		request.getUserData().put(CHECKED, checked);
	}

	/** The result of checking {@code resource} ahead, if it was and its content has not changed since. */
	Optional<ValidationResult> resultFor(IBaseResource resource, String content, RequestDetails request) {
		@SuppressWarnings("unchecked")
		Map<IBaseResource, Checked> checked = request == null ? null : (Map<IBaseResource, Checked>) request.getUserData().get(CHECKED);
		Checked ahead = checked == null ? null : checked.remove(resource);
		return ahead != null && ahead.content().equals(content) ? Optional.of(ahead.result()) : Optional.empty();
	}

	@Override
	public void close() {
		if (checkers != null) {
			checkers.shutdownNow();
		}
	}

	/** A check that failed or was interrupted leaves no result: the entry is checked again at storage. */
	private static void awaitQuietly(Future<?> check) {
		try {
			check.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// checked again at storage, where the same failure answers the client
		}
	}

	private void countCheck(String stage, IBaseResource resource) {
		Counter.builder("ecmh.ig.profile.checks")
				.description("Resources checked against the guide's profiles, ahead of storage or as they are stored")
				.tag("stage", stage)
				.tag("type", fhirContext.getResourceType(resource))
				.register(meters)
				.increment();
	}

	private record Checked(String content, ValidationResult result) {}
}
