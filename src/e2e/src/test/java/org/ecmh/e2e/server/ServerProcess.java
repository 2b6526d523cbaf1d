package org.ecmh.e2e.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ecmh.e2e.E2eSettings;

/**
 * The built server jar running as a separate OS process, the way it is deployed, so a test can kill it for
 * real. Every process started here is also killed when the test JVM exits, whatever the tests did.
 */
public final class ServerProcess implements AutoCloseable {

	/** Exit status of a process ended by SIGKILL (128 + signal 9). */
	public static final int KILLED_BY_SIGKILL = 128 + 9;

	/** Heap of every server: a fixed ceiling, as a deployment sets one, so memory growth is visible. */
	private static final String HEAP = "-Xmx1g";
	/** Generous: on two cores shared with other builds a start with the IG install has taken over three minutes. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
	/** For the health and metrics endpoints: generous, as two shared cores can stall a server for seconds. */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
	private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
	private static Path jar;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
	}

	private final String name;
	private final List<String> arguments;
	private final int port;
	private final String baseUrl;
	private Process process;
	private Path log;

	private ServerProcess(String name, List<String> arguments, int port) {
		this.name = name;
		this.arguments = arguments;
		this.port = port;
		this.baseUrl = "http://localhost:" + port;
	}

	/** Starts a server on {@code database} and returns once it reports ready. */
	public static ServerProcess start(String name, Database database, String... extraArguments) {
		List<String> arguments = new ArrayList<>(database.serverArguments());
		arguments.addAll(List.of(extraArguments));
		ServerProcess server = new ServerProcess(name, List.copyOf(arguments), freePort());
		server.launch();
		return server;
	}

	/**
	 * Starts the server again, after {@link #kill()} or {@link #close()}, on the same port, database and arguments,
	 * so clients made for it keep working; returns once it reports ready.
	 */
	public void restart() {
		if (process.isAlive()) {
			throw new IllegalStateException(name + " is still running");
		}
		launch();
	}

	private void launch() {
		log = E2eSettings.workDir().resolve("logs").resolve(name + "-" + Instant.now().toEpochMilli() + ".log");
		try {
			List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP, "-jar", jar().toString(), "--server.port=" + port));
			command.addAll(arguments);
			Files.createDirectories(log.getParent());
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			RUNNING.add(process);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start the server " + name, e);
		}
		awaitReady();
	}

	/** http://localhost:port/fhir */
	public String fhirBase() {
		return baseUrl + "/fhir";
	}

	public long pid() {
		return process.pid();
	}

	/** Resident set size from /proc/<pid>/status, in kibibytes. */
	public long residentKiB() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status")).stream()
					.filter(line -> line.startsWith("VmRSS:"))
					.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
					.findFirst()
					.orElseThrow();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Ends the process with SIGKILL, as the kernel's OOM killer or a power cut would; returns its exit status. */
	public int kill() {
		process.destroyForcibly();
		return awaitExit();
	}

	/** Asks for a graceful stop (SIGTERM) and kills the process if it does not stop in time. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		awaitExit();
	}

	public boolean isReady() {
		try {
			HttpResponse<String> response = get("/actuator/health/readiness");
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The sum of the samples of the Prometheus metric {@code name} whose labels include each of {@code labels}
	 * (written as in the exposition, e.g. {@code outcome="DELIVERED"}); 0 when there are none.
	 */
	public double metric(String name, String... labels) {
		try {
			return get("/actuator/prometheus").body().lines()
					.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
					.filter(line -> Arrays.stream(labels).allMatch(line::contains))
					.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
					.sum();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void awaitReady() {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				RUNNING.remove(process);
				throw new IllegalStateException("Server exited with " + process.exitValue() + "; see " + log);
			}
			if (isReady()) {
				return;
			}
			pause(POLL_INTERVAL);
		}
		kill();
		throw new IllegalStateException("Server not ready within " + START_TIMEOUT + "; see " + log);
	}

	private int awaitExit() {
		try {
			int status = process.waitFor();
			RUNNING.remove(process);
			return status;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A copy of the server jar taken at first use, so a rebuild during the run cannot change it under a server. */
	private static synchronized Path jar() throws IOException {
		if (jar == null) {
			Path copy = E2eSettings.workDir().resolve("ecmh-fhir-server.jar").toAbsolutePath();
			Files.createDirectories(copy.getParent());
			jar = Files.copy(E2eSettings.serverJar(), copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return jar;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
