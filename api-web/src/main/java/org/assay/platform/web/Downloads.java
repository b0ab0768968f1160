package org.assay.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.assay.files.boundary.FileDownload;
import org.assay.files.boundary.StoredFiles;

/** Streams a stored file to the caller as an attachment under its own name (file-manager and file-result exports). */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(FileDownload download, StoredFiles storedFiles) {
        StreamingOutput bytes = out -> {
            try (InputStream in = storedFiles.open(download.blobId())) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes, download.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", contentDisposition(download.fileName()))
                .build();
    }

    /**
     * {@code attachment; filename="gl.csv"}; a name beyond printable ASCII also goes in {@code filename*} (RFC 6266),
     * with a plain ASCII stand-in in {@code filename}.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String header = "attachment; filename=\"" + ascii + "\"";
        if (ascii.toString().equals(fileName)) {
            return header;
        }
        return header + "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
