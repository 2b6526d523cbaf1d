package org.ecmh.bench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A local TCP port nothing listens on right now. */
final class FreePort {

	private FreePort() {}

	static int find() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
