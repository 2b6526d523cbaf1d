package org.ecmh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured on, as the report states it: figures mean little without it. */
final class Machine {

	private Machine() {}

	static Map<String, Object> describe() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cpu", firstValue("/proc/cpuinfo", "model name"));
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memory", firstValue("/proc/meminfo", "MemTotal"));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("loadAverageAtStart", loadAverage());
		return machine;
	}

	/** The 1, 5 and 15 minute load averages: other work on the machine makes figures noisy. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		} catch (IOException e) {
			return "unknown";
		}
	}

	private static String firstValue(String file, String key) {
		try (var lines = Files.lines(Path.of(file))) {
			return lines.filter(line -> line.startsWith(key)).findFirst()
					.map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
		} catch (IOException e) {
			return "unknown";
		}
	}
}
