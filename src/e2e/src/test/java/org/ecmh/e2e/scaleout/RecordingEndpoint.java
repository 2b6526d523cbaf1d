package org.ecmh.e2e.scaleout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A rest-hook receiver on a free loopback port, as a partner runs one: it takes and records every notification. */
final class RecordingEndpoint implements AutoCloseable {

	private static final String PATH = "/hook";

	private final HttpServer server;
	private final List<String> received = new CopyOnWriteArrayList<>();

	RecordingEndpoint() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext(PATH, this::record);
		server.start();
	}

	String url() {
		return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + PATH;
	}

	/** The bodies of the notifications received: HAPI PUTs a payload to {endpoint}/{type}/{id} as the resource stored. */
	List<String> received() {
		return List.copyOf(received);
	}

	private void record(HttpExchange exchange) throws IOException {
		received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(HttpURLConnection.HTTP_OK, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
