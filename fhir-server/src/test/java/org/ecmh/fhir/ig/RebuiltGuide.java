package org.ecmh.fhir.ig;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The shipped IG package rebuilt with other content under the same name and version, as the next build of an
 * unreleased version is. Its file index is left out: package readers index a package that has none.
 */
final class RebuiltGuide {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final String INDEX = "package/.index.json";

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private RebuiltGuide() {}

	static RebuiltGuide ofShipped() {
		RebuiltGuide guide = new RebuiltGuide();
		try (InputStream shipped = RebuiltGuide.class.getResourceAsStream("/ecmh-ig/package.tgz");
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(shipped))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				if (entry.isFile() && !entry.getName().equals(INDEX)) {
					guide.files.put(entry.getName(), tar.readAllBytes());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return guide;
	}

	<T extends IBaseResource> RebuiltGuide change(String file, Class<T> type, UnaryOperator<T> change) {
		T resource = FHIR.newJsonParser().parseResource(type, new ByteArrayInputStream(files.get(file)));
		files.put(file, FHIR.newJsonParser().encodeResourceToString(change.apply(resource)).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	RebuiltGuide drop(String file) {
		if (files.remove(file) == null) {
			throw new IllegalArgumentException("The shipped package has no " + file);
		}
		return this;
	}

	Path writeTo(Path tgz) {
		try {
			Files.createDirectories(tgz.getParent());
			try (OutputStream out = Files.newOutputStream(tgz);
					TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
				for (Map.Entry<String, byte[]> file : files.entrySet()) {
					TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
					entry.setSize(file.getValue().length);
					tar.putArchiveEntry(entry);
					tar.write(file.getValue());
					tar.closeArchiveEntry();
				}
			}
			return tgz.toAbsolutePath();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
