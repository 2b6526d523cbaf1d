package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.BundleUtil;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Profile checks of a transaction's entries, run on checker threads while HAPI completes and stores the entries one
 * at a time on the request's thread (a check takes about a millisecond and a family's bundle holds dozens of
 * profiled resources). Each entry is checked as a copy taken when the transaction starts; the check at storage then
 * takes the entry's result from here, waiting for it if need be, provided the entry still equals its copy; one
 * changed in between is checked again. Refusals stay where they were, at the storage of the failing entry: an entry
 * HAPI does not store (a conditional create that matched) refuses nothing, as before. Checks are counted as
 * {@code ecmh.ig.profile.checks} by resource type and stage ({@code ahead}, {@code at-storage}): a transaction whose
 * entries are checked twice shows as both.
 */
class EntriesCheckedAhead implements AutoCloseable {

	private static final String PENDING = EntriesCheckedAhead.class.getName() + ".pending";

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
	ValidationResult check(IBaseResource resource) {
		return counted("at-storage", resource);
	}

	/**
	 * Starts checking the bundle's entries that {@code profiled} selects, side by side, and keeps the pending
	 * results for the request. Each entry is copied here, on the request's thread, so that HAPI can go on
	 * completing and storing the entries while the checkers read the copies (copying costs a fraction of the
	 * encoding a check needs, which the checkers do).
	 */
	void checkEntries(IBaseBundle bundle, RequestDetails request, Predicate<IBaseResource> profiled) {
		if (checkers == null || request == null) {
			return;
		}
		List<IBaseResource> entries = BundleUtil.toListOfResources(fhirContext, bundle).stream().filter(profiled).toList();
		if (entries.size() < 2) {
			return;
		}
		Map<IBaseResource, Pending> pending = new IdentityHashMap<>();
		for (IBaseResource entry : entries) {
			Resource copy = detachedCopyOf(entry);
			FutureTask<ValidationResult> check = new FutureTask<>(() -> counted("ahead", copy));
			pending.put(entry, new Pending(copy, check));
			checkers.execute(check);
		}
		request.getUserData().put(PENDING, pending);
	}

	/**
	 * A copy of an entry for a checker to read. Its references keep their text but not the entries they point at
	 * (HAPI links those while reading the bundle): HAPI goes on changing them while the check runs, and the encoder
	 * would put a linked entry without an id inside the copy as a contained resource.
	 */
	private Resource detachedCopyOf(IBaseResource entry) {
		Resource copy = ((Resource) entry).copy();
		fhirContext.newTerser().getAllPopulatedChildElementsOfType(copy, IBaseReference.class)
				.forEach(reference -> reference.setResource(null));
		return copy;
	}

	/**
	 * The result of checking {@code resource} ahead, if it was and it has not changed since. A check no checker has
	 * started yet runs here, on the request's thread, rather than waiting its turn behind other requests' checks.
	 */
	Optional<ValidationResult> resultFor(IBaseResource resource, RequestDetails request) {
		Pending ahead = pendingOf(request).remove(resource);
		if (ahead == null) {
			return Optional.empty();
		}
		ahead.check().run();
		Optional<ValidationResult> result = resultOf(ahead.check());
		return ahead.checkedAsIs((Resource) resource) ? result : Optional.empty();
	}

	/**
	 * Drops the request's checks not yet run: a refused entry ends its transaction (in a batch, the entries after it
	 * are checked as they are stored).
	 */
	void cancelPending(RequestDetails request) {
		Map<IBaseResource, Pending> pending = pendingOf(request);
		pending.values().forEach(ahead -> ahead.check().cancel(false));
		pending.clear();
	}

	@Override
	public void close() {
		if (checkers != null) {
			checkers.shutdownNow();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<IBaseResource, Pending> pendingOf(RequestDetails request) {
		Object pending = request == null ? null : request.getUserData().get(PENDING);
		return pending == null ? new IdentityHashMap<>() : (Map<IBaseResource, Pending>) pending;
	}

	/** A check that failed or was interrupted leaves no result: the entry is checked again at storage. */
	private static Optional<ValidationResult> resultOf(FutureTask<ValidationResult> check) {
		try {
			return Optional.of(check.get());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (ExecutionException | CancellationException e) {
			return Optional.empty(); // checked again at storage, where the same failure answers the client
		}
	}

	/** Checks a resource's content, counted at {@code stage}. */
	private ValidationResult counted(String stage, IBaseResource resource) {
		countCheck(stage, fhirContext.getResourceType(resource));
		return validator.validateWithResult(contentOf(resource));
	}

	private void countCheck(String stage, String type) {
		Counter.builder("ecmh.ig.profile.checks")
				.description("Resources checked against the guide's profiles, ahead of storage or as they are stored")
				.tag("stage", stage)
				.tag("type", type)
				.register(meters)
				.increment();
	}

	/** A check under way or waiting for a checker, of the copy it reads. */
	private record Pending(Resource copy, FutureTask<ValidationResult> check) {

		/**
		 * Whether the check read what is stored: the copy, with the id HAPI gave the entry on the way to storage (the
		 * check reads no id), deeply equals the stored entry (primitives compared by value). Called once the check is
		 * done, so nothing else reads the copy.
		 */
		boolean checkedAsIs(Resource stored) {
			copy.setIdElement(stored.getIdElement());
			return copy.equalsDeep(stored);
		}
	}
}
