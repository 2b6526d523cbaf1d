package org.ecmh.fhir.intake;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.RestfulServerUtils.ResponseEncoding;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.util.DateUtils;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecmh.fhir.server.FhirServerInterceptor;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * Refuses requests whose shape HAPI cannot handle before HAPI tries, so the client gets a 4xx that says what
 * to change instead of a 500: an unreadable content type, a malformed If-Match or If-Modified-Since, a
 * non-numeric version id, a negative or non-numeric {@code _offset}, a {@code _filter}, a PATCH that names no
 * resource, a FHIRPath PATCH whose body is not a Parameters resource, or a JSON Patch that is not an array of
 * RFC 6902 operations.
 */
@Interceptor
public class RequestShape implements FhirServerInterceptor {

	private static final int UNSUPPORTED_MEDIA_TYPE = 415;
	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
	private static final Set<String> READABLE_TYPES = Set.of(
			"application/fhir+json", "application/json", "application/json+fhir",
			"application/fhir+xml", "application/xml", "application/xml+fhir", "text/xml",
			Constants.CT_JSON_PATCH, Constants.CT_XML_PATCH, Constants.CT_X_FORM_URLENCODED);
	private static final Pattern OFFSET = Pattern.compile("\\d{1,9}");
	private static final Pattern ETAG = Pattern.compile("(W/)?\"\\d+\"");
	// JSON members may come in any order, so look for the type anywhere rather than first.
	private static final Pattern PARAMETERS_BODY = Pattern.compile("\"resourceType\"\\s*:\\s*\"Parameters\"|<Parameters[\\s>]");

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean check(RequestDetails request) {
		String method = request.getRequestType().name();
		String contentType = mediaType(request.getHeader(Constants.HEADER_CONTENT_TYPE));
		if (BODY_METHODS.contains(method) && contentType != null && !isBinary(request) && !READABLE_TYPES.contains(contentType)) {
			answerInJsonUnlessXmlIsAsked(request);
			throw new UnclassifiedServerFailureException(UNSUPPORTED_MEDIA_TYPE,
					"Content-Type '" + contentType + "' is not accepted; send FHIR JSON (application/fhir+json) or XML");
		}
		checkConditionalHeaders(request);
		IIdType id = request.getId();
		if (id != null && id.hasVersionIdPart() && !id.isVersionIdPartValidLong()) {
			throw new InvalidRequestException("Version id '" + id.getVersionIdPart() + "' is not a number");
		}
		String[] offset = request.getParameters().get(Constants.PARAM_OFFSET);
		if (offset != null && !Arrays.stream(offset).allMatch(value -> OFFSET.matcher(value).matches())) {
			throw new InvalidRequestException(Constants.PARAM_OFFSET + " must be a whole number, 0 or more, not "
					+ Arrays.toString(offset));
		}
		checkPatch(request, contentType, id);
		return true;
	}

	private static void checkConditionalHeaders(RequestDetails request) {
		String ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
		if (ifMatch != null && !ETAG.matcher(ifMatch.trim()).matches()) {
			throw new InvalidRequestException("If-Match must be a version ETag such as W/\"3\", not '" + ifMatch + "'");
		}
		String ifModifiedSince = request.getHeader(Constants.HEADER_IF_MODIFIED_SINCE);
		if (ifModifiedSince != null && !ifModifiedSince.isBlank() && DateUtils.parseDate(ifModifiedSince) == null) {
			throw new InvalidRequestException("If-Modified-Since must be an HTTP date such as "
					+ "'Wed, 21 Oct 2026 07:28:00 GMT', not '" + ifModifiedSince + "'");
		}
	}

	private static void checkPatch(RequestDetails request, String contentType, IIdType id) {
		boolean patch = request.getRequestType() == RequestTypeEnum.PATCH;
		if (patch && id == null && request.getParameters().isEmpty()) {
			throw new InvalidRequestException("A PATCH names the resource to change: " + request.getResourceName()
					+ "/[id], or a conditional URL such as " + request.getResourceName() + "?identifier=system|value");
		}
		if (patch && isFhirResourceType(contentType) && !isParameters(request)) {
			throw new InvalidRequestException("A PATCH with Content-Type " + contentType
					+ " must carry a FHIRPath Patch Parameters resource; use application/json-patch+json for JSON Patch");
		}
		if (patch && Constants.CT_JSON_PATCH.equals(contentType)) {
			JsonPatchDocument.problemWith(request.loadRequestContents()).ifPresent(problem -> {
				throw new InvalidRequestException(problem);
			});
		}
	}

	/**
	 * {@code _filter} is off on this server (HAPI's default), but HAPI parses the expression before it says so and
	 * fails with a 500 on one cut short. Checked for every search, including those inside a transaction.
	 */
	@Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
	public void refuseFilter(SearchParameterMap search) {
		if (search.containsKey(Constants.PARAM_FILTER)) {
			throw new InvalidRequestException(Constants.PARAM_FILTER
					+ " is not supported by this server; use the search parameters its CapabilityStatement lists");
		}
	}

	/**
	 * When Accept names no format HAPI knows, HAPI answers in the request's own format; for a format refused as
	 * input (Turtle, say) the refusal would come back in it. Answer those in JSON.
	 */
	private static void answerInJsonUnlessXmlIsAsked(RequestDetails request) {
		ResponseEncoding asked = RestfulServerUtils.determineResponseEncodingNoDefault(request, null);
		if (asked == null || (asked.getEncoding() != EncodingEnum.JSON && asked.getEncoding() != EncodingEnum.XML)) {
			request.addParameter(Constants.PARAM_FORMAT, new String[] {Constants.FORMAT_JSON});
		}
	}

	/** The media type without parameters; empty (never an error) for a header such as ";;;". */
	private static String mediaType(String header) {
		if (header == null) {
			return null;
		}
		int parameters = header.indexOf(';');
		return (parameters < 0 ? header : header.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
	}

	private static boolean isBinary(RequestDetails request) {
		return "Binary".equals(request.getResourceName());
	}

	private static boolean isFhirResourceType(String contentType) {
		return contentType != null && !contentType.endsWith("patch+json") && !contentType.endsWith("patch+xml")
				&& (contentType.contains("json") || contentType.contains("xml"));
	}

	private static boolean isParameters(RequestDetails request) {
		byte[] body = request.loadRequestContents();
		return body != null && PARAMETERS_BODY.matcher(new String(body, StandardCharsets.UTF_8)).find();
	}
}
