package org.ecmh.bench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	private static long ticks(long pid, int fields) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
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
