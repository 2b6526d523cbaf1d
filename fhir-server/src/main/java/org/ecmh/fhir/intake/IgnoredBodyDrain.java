package org.ecmh.fhir.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads and discards the body of a request whose method takes none (GET, HEAD, DELETE, OPTIONS) before it is
 * answered. HAPI ignores such a body, and most HTTP/1.1 clients (the JDK's among them) read the answer only after
 * sending the whole request: an answer larger than the socket buffers, written while the body was still unread,
 * left both ends writing until the connection timed out (a minute, then a broken answer). Runs after
 * {@link RequestBodyLimit}, so what it reads is within the configured limit.
 */
class IgnoredBodyDrain extends OncePerRequestFilter {

	private static final Set<String> METHODS_WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (METHODS_WITHOUT_BODY.contains(request.getMethod())) {
			request.getInputStream().transferTo(OutputStream.nullOutputStream());
		}
		chain.doFilter(request, response);
	}
}
