package org.ecmh.synthetic;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * Loads a small synthetic practice into a running ecmh-fhir server and prints where to look.
 *
 * <pre>java -jar ecmh-synthetic-practice-exec.jar --server http://localhost:8080/fhir --families 25 --seed 42</pre>
 *
 * Options (defaults): {@code --server} (http://localhost:8080/fhir), {@code --families} (25), {@code --seed}
 * (42), {@code --as-of} (today: the day the practice's history runs up to, so open referrals are recent).
 */
public final class DemoLoader {

	private static final Map<String, String> DEFAULTS = Map.of(
			"server", "http://localhost:8080/fhir", "families", "25", "seed", "42", "as-of", LocalDate.now().toString());

	/** A family bundle is written in well under this, even by a busy validating server. */
	private static final java.time.Duration SOCKET_TIMEOUT = java.time.Duration.ofMinutes(2);

	private final IGenericClient client;
	private final String server;
	private final Walkthrough walkthrough = new Walkthrough();

	private DemoLoader(String server) {
		FhirContext fhir = FhirContext.forR4Cached();
		fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		fhir.getRestfulClientFactory().setSocketTimeout((int) SOCKET_TIMEOUT.toMillis());
		this.client = fhir.newRestfulGenericClient(server);
		this.server = server;
	}

	public static void main(String[] args) {
		Map<String, String> options = options(args);
		PracticeGenerator generator = new PracticeGenerator(Long.parseLong(options.get("seed")),
				LocalDate.parse(options.get("as-of")), PracticeRates.DEFAULTS);
		new DemoLoader(options.get("server")).load(generator, Integer.parseInt(options.get("families")));
	}

	private void load(PracticeGenerator generator, int families) {
		client.transaction().withBundle(generator.practice()).execute();
		int resources = 0;
		for (int index = 0; index < families; index++) {
			Bundle family = generator.family(index);
			Bundle response = client.transaction().withBundle(family).execute();
			walkthrough.consider(family, AssignedIds.of(family, response));
			resources += family.getEntry().size();
		}
		System.out.printf("Loaded %d families (%d resources) into %s, history as of %s.%n%n",
				families, resources, server, generator.asOf());
		walkthrough.print(server, System.out);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>(DEFAULTS);
		for (int i = 0; i + 1 < args.length; i += 2) {
			String name = args[i].replaceFirst("^--", "");
			if (!DEFAULTS.containsKey(name)) {
				throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + DEFAULTS.keySet());
			}
			options.put(name, args[i + 1]);
		}
		return options;
	}

	/** Picks a family worth showing: one with a care plan, and an open referral Task anywhere. */
	private static final class Walkthrough {
		private String child;
		private String carePlanChild;
		private String openTask;
		private String openReferral;

		void consider(Bundle family, AssignedIds ids) {
			for (Bundle.BundleEntryComponent entry : family.getEntry()) {
				Resource resource = entry.getResource();
				if (child == null && resource instanceof org.hl7.fhir.r4.model.Patient patient && patient.hasManagingOrganization()) {
					child = ids.idOf(entry.getFullUrl());
				}
				if (carePlanChild == null && resource instanceof CarePlan plan) {
					carePlanChild = ids.idOf(plan.getSubject().getReference());
				}
				if (openTask == null && resource instanceof Task task && isOpen(task)) {
					openTask = ids.idOf(entry.getFullUrl());
					openReferral = ids.idOf(task.getFocus().getReference());
				}
			}
		}

		private static boolean isOpen(Task task) {
			return switch (task.getStatus()) {
				case REQUESTED, ACCEPTED, INPROGRESS -> true;
				default -> false;
			};
		}

		void print(String server, java.io.PrintStream out) {
			String shown = Optional.ofNullable(carePlanChild).orElse(child);
			out.println("A family's screenings (responses, then scores with their positive/negative interpretation):");
			out.printf("  curl '%s/QuestionnaireResponse?subject=%s&_sort=authored'%n", server, shown);
			out.printf("  curl '%s/Observation?subject=%s&category=survey&_sort=date'%n", server, shown);
			if (openTask != null) {
				out.println("An open referral and the Task that tracks it:");
				out.printf("  curl '%s/%s'%n", server, openReferral);
				out.printf("  curl '%s/%s'%n", server, openTask);
				out.printf("  curl '%s/Task?status=requested,accepted,in-progress&_sort=authored-on'%n", server);
			}
			if (carePlanChild != null) {
				out.println("The child's care plan with its goals, care team and referrals:");
				out.printf("  curl '%s/CarePlan?subject=%s&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference'%n",
						server, carePlanChild);
			}
			out.println("Everything in the child's chart:");
			out.printf("  curl '%s/%s/$everything'%n", server, shown);
		}
	}
}
