package org.ecmh.bench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server under test running as its own JVM on a free local port: started, timed until its FHIR endpoint
 * answers, measured (resident memory from /proc), and stopped.
 */
public final class ServerProcess implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(250);
	private static final Duration STOP_GRACE = Duration.ofSeconds(30);
	/** Longest wait for RSS to stop falling after a full GC (G1 uncommits concurrently). */
	private static final Duration UNCOMMIT_WAIT = Duration.ofSeconds(10);
	private static final int FLIGHT_RECORDING_STACK_DEPTH = 1024;

	private final Process process;
	private final String baseUrl;
	private final Duration startup;
	private final Duration ready;
	private final Path dataDir;

	private ServerProcess(Process process, String baseUrl, Duration startup, Duration ready, Path dataDir) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.startup = startup;
		this.ready = ready;
		this.dataDir = dataDir;
	}

	/**
	 * The settings both servers get alike: heap limit, further JVM options (space-separated), whether to record a
	 * flight recording, and options for the baseline's H2 URL (empty: HAPI's defaults).
	 */
	public record LaunchOptions(String heap, String jvmOptions, boolean flightRecording, String baselineH2Options) {}

	/**
	 * Starts the jar with the arguments its kind needs and waits until {@code /fhir/metadata} answers 200 (its
	 * start-up time), then until its kind's readiness check does (its time until ready). Output goes to
	 * {@code server.log} in the work directory.
	 */
	public static ServerProcess start(ServerKind kind, Path jar, Database database, String jdbcUrl, Path workDir,
			LaunchOptions launch, Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		int port = FreePort.find();
		Path dataDir = workDir.resolve("data");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + launch.heap()));
		Stream.of(launch.jvmOptions().split(" ")).filter(option -> !option.isBlank()).forEach(command::add);
		if (launch.flightRecording()) {
			// JFR keeps 64 frames per sample by default: a request's stack through HAPI is deeper than that.
			command.add("-XX:FlightRecorderOptions=stackdepth=" + FLIGHT_RECORDING_STACK_DEPTH);
			command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
					+ workDir.toAbsolutePath().resolve("server.jfr"));
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(kind.arguments(database, jdbcUrl, dataDir.toAbsolutePath(), launch.baselineH2Options()));
		ProcessBuilder builder = new ProcessBuilder(command)
				.directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(workDir.resolve("server.log").toFile());
		builder.environment().put("ECMH_LOG_FORMAT", "");
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		Process process = builder.start();
		String root = "http://localhost:" + port;
		awaitOk(process, root + ServerKind.METADATA, deadline, workDir);
		Duration startup = Duration.ofNanos(System.nanoTime() - started);
		Duration ready = startup;
		if (kind.readinessPath != null) {
			awaitOk(process, root + kind.readinessPath, deadline, workDir);
			ready = Duration.ofNanos(System.nanoTime() - started);
		}
		return new ServerProcess(process, root + ServerKind.FHIR_BASE, startup, ready, dataDir);
	}

	private static void awaitOk(Process process, String url, long deadline, Path workDir) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Server exited with " + process.exitValue() + " before it was ready; see "
						+ workDir.resolve("server.log"));
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			} catch (IOException notYetListening) {
				// keep polling until the deadline
			}
			Thread.sleep(POLL.toMillis());
		}
		process.destroyForcibly();
		throw new IllegalStateException("No 200 from " + url + " in time; see " + workDir.resolve("server.log"));
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** From launch until its FHIR endpoint answered. */
	public Duration startup() {
		return startup;
	}

	/** From launch until it said it is ready for traffic (for the baseline: the same as {@link #startup()}). */
	public Duration ready() {
		return ready;
	}

	/** Resident set size of the server JVM now (VmRSS in /proc/<pid>/status), in bytes. */
	public long residentBytes() {
		try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
			String rss = lines.filter(line -> line.startsWith("VmRSS:")).findFirst().orElseThrow();
			return Long.parseLong(rss.replaceAll("\\D", "")) * 1024;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Resident set size once the server JVM has collected its garbage ({@code jcmd <pid> GC.run}, a full GC):
	 * right after start-up, RSS is mostly how far G1 happened to grow the heap while starting, which swung by
	 * hundreds of MB between starts of the same jar; after a full GC it is what the server holds. G1 hands the
	 * freed heap back to the system on a thread of its own after the GC, so RSS is read until it stops falling.
	 */
	public long residentBytesAfterFullGc() throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process gc = new ProcessBuilder(jcmd, Long.toString(process.pid()), "GC.run")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (gc.waitFor() != 0) {
			throw new IllegalStateException("jcmd GC.run failed for server " + process.pid());
		}
		long deadline = System.nanoTime() + UNCOMMIT_WAIT.toNanos();
		long before;
		long now = residentBytes();
		do {
			Thread.sleep(POLL.toMillis());
			before = now;
			now = residentBytes();
		} while (now < before && System.nanoTime() < deadline);
		return now;
	}

	/** CPU seconds the server JVM has used so far (an embedded H2 database runs inside it). */
	public double cpuSeconds() {
		return ProcessCpu.seconds(process.pid());
	}

	/** CPU seconds the server JVM's JIT compiler has used so far ({@link ProcessCpu#compilerSeconds}). */
	public double compilerCpuSeconds() {
		return ProcessCpu.compilerSeconds(process.pid());
	}

	/** Bytes in the server's data directory (its H2 files). */
	public long dataDirBytes() {
		if (!Files.exists(dataDir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dataDir)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
