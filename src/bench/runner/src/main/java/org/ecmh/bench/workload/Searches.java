package org.ecmh.bench.workload;

import static org.ecmh.bench.workload.LoadedFamilies.pick;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.ecmh.bench.report.WorkloadFigures;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;

/**
 * W2: the searches the workflow runs, each kind as distinct queries (a different child or a different day
 * each time) sent with {@code Cache-Control: no-cache}, so no server answers from its search cache.
 */
public final class Searches {

	/** Routine referrals are due within 30 days (PracticeRates.routineDueDays): older open ones are past due. */
	private static final int DUE_DAYS = 30;
	private static final int DAYS_VARIED = 365;
	/**
	 * Plain HAPI's largest page (its default maximum page size), so both servers return the same number of
	 * resources per {@code $everything} request: asked for more, the baseline would cap its page and do less work.
	 */
	private static final int EVERYTHING_PAGE = 50;
	private static final List<String> OWNERS = List.of("Practitioner/ecmh-clinician", "Practitioner/ecmh-family-partner");

	private final IGenericClient client;
	private final LoadedFamilies loaded;
	private final LocalDate asOf;

	public Searches(IGenericClient client, LoadedFamilies loaded, LocalDate asOf) {
		this.client = client;
		this.loaded = loaded;
		this.asOf = asOf;
	}

	/** Every kind, {@code perKind} queries each, one client. */
	public List<Workload> workloads(int perKind) {
		List<String> children = loaded.children();
		List<String> withPlans = loaded.childrenWithCarePlans();
		return List.of(
				search("W2 child's screenings", perKind, i -> screeningsOf(pick(children, i))),
				search("W2 open referrals past due", perKind,
						i -> "Task?status=requested,accepted,in-progress&owner=" + OWNERS.get(i % OWNERS.size())
								+ "&authored-on=lt" + asOf.minusDays(DUE_DAYS + (i % DAYS_VARIED)) + "&_sort=authored-on&_count=50"),
				search("W2 care plan with _include/_revinclude", perKind,
						i -> "CarePlan?subject=" + pick(withPlans, i)
								+ "&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference"
								+ "&_revinclude:iterate=Task:focus"),
				everything(perKind, children));
	}

	/** The screenings search alone, as the scale run samples it. */
	public WorkloadFigures screenings(int count) {
		List<String> children = loaded.children();
		return search("screenings", count, i -> screeningsOf(pick(children, children.size() - 1 - i))).alone();
	}

	private static String screeningsOf(String child) {
		return "Observation?subject=" + child + "&category=survey&_sort=-date&_count=50";
	}

	private Workload everything(int count, List<String> children) {
		return new Workload("W2 $everything", count, (measured, i) -> measured.time(0, () -> client.operation()
				.onInstance(new IdType(pick(children, i)))
				.named("$everything")
				.withParameter(Parameters.class, "_count", new IntegerType(EVERYTHING_PAGE))
				.returnResourceType(Bundle.class)
				.useHttpGet()
				.cacheControl(new CacheControlDirective().setNoCache(true))
				.execute()));
	}

	private Workload search(String name, int count, IntFunction<String> query) {
		return new Workload(name, count, (measured, i) -> measured.time(0, () -> client.search().byUrl(query.apply(i))
				.returnBundle(Bundle.class)
				.cacheControl(new CacheControlDirective().setNoCache(true))
				.execute()));
	}
}
