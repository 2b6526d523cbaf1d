package org.ecmh.fhir.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the configured size before HAPI parses them, so one oversized upload cannot
 * exhaust memory. A declared Content-Length is checked up front; a chunked body is read up to the limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final OperationOutcomeResponder responder;

	RequestBodyLimit(long maxBytes, OperationOutcomeResponder responder) {
		this.maxBytes = maxBytes;
		this.responder = responder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			rejectTooLarge(request, response);
			return;
		}
		if (declared < 0 && isChunked(request)) {
			byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
			if (body.length > maxBytes) {
				rejectTooLarge(request, response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isChunked(HttpServletRequest request) {
		return "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
	}

	private void rejectTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		responder.reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				"Request body is larger than the server accepts (" + maxBytes + " bytes); split it into smaller requests");
	}
}
