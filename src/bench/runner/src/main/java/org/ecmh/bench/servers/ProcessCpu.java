package org.ecmh.bench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a process has used, from /proc/&lt;pid&gt;/stat. Unlike wall time it hardly changes with what else the
 * machine is doing, so cost per family stays comparable across a long run on a shared machine.
 */
final class ProcessCpu {

	/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture we run on. */
	private static final double SECONDS_PER_TICK = 0.01;
	/** Fields 14-17 of /proc/&lt;pid&gt;/stat (1-based): utime, stime, cutime, cstime. */
	private static final int USER_TIME = 13;

	private ProcessCpu() {}

	/** CPU seconds of the process itself. */
	static double seconds(long pid) {
		return ticks(pid, 2) * SECONDS_PER_TICK;
	}

	/** CPU seconds of the process and of the children it has already reaped (e.g. a postmaster's backends). */
	static double secondsWithReapedChildren(long pid) {
		return ticks(pid, 4) * SECONDS_PER_TICK;
	}

	/**
	 * CPU seconds of the JVM's live JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1", ..., names
	 * Linux cuts to 15 characters); while they are busy, the JVM is still warming up. A compiler thread the JVM
	 * retires takes its time with it (it never retires the last one of each kind, all there are on 2 cores), so
	 * on larger machines this can fall short.
	 */
	static double compilerSeconds(long pid) {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return threads.mapToLong(ProcessCpu::compilerTicks).sum() * SECONDS_PER_TICK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long compilerTicks(Path thread) {
		try {
			return Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*") ? ticks(thread, 2) : 0;
		} catch (IOException | UncheckedIOException threadEnded) {
			return 0;
		}
	}

	private static long ticks(long pid, int fields) {
		return ticks(Path.of("/proc", Long.toString(pid)), fields);
	}

	private static long ticks(Path processOrThread, int fields) {
		try {
			String stat = Files.readString(processOrThread.resolve("stat"));
			// The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
			String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = 0;
			for (int field = 0; field < fields; field++) {
				ticks += Long.parseLong(after[USER_TIME - 2 + field]);
			}
			return ticks;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
