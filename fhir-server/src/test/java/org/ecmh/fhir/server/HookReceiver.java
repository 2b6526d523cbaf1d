package org.ecmh.fhir.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rest-hook endpoint on a free loopback port, standing in for an EHR or a partner agency: it records every
 * request it answers and can be told to fail the next few, as a receiver that is briefly down would.
 */
final class HookReceiver implements AutoCloseable {

	/** One notification as it arrived: HAPI sends a payload as PUT {endpoint}/{type}/{id}. */
	record Hook(String method, String path, String body, boolean accepted) {}

	private final HttpServer server;
	private final List<Hook> hooks = new CopyOnWriteArrayList<>();
	private final AtomicInteger failuresLeft = new AtomicInteger();

	HookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/", this::answer);
		server.start();
	}

	String endpoint() {
		return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
	}

	void failNext(int attempts) {
		failuresLeft.set(attempts);
	}

	List<Hook> hooks() {
		return List.copyOf(hooks);
	}

	List<Hook> acceptedFor(String resourceId) {
		return hooks.stream().filter(h -> h.accepted() && h.path().endsWith("/" + resourceId)).toList();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		boolean accepted = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) == 0;
		hooks.add(new Hook(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body, accepted));
		int status = accepted ? HttpURLConnection.HTTP_OK : HttpURLConnection.HTTP_UNAVAILABLE;
		exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
