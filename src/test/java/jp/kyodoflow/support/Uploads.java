package jp.kyodoflow.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Real small documents, and multipart requests written byte by byte (so that tests can send what browsers would not). */
public final class Uploads {

    public static final String BOUNDARY = "KyodoTestBoundary7MA4YWxkTrZu0gW";

    private Uploads() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
                + "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** One part named "file"; {@code fileNameParameter} is written as is, e.g. {@code filename="plan.pdf"} or {@code filename*=UTF-8''...}. */
    public static byte[] multipart(String fileNameParameter, String contentType, byte[] data) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; " + fileNameParameter
                + "\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return concat(head, data, ascii("\r\n--" + BOUNDARY + "--\r\n"));
    }

    public static ResponseEntity<Map<String, Object>> post(TestRestTemplate rest, String user, String path, String contentType,
                                                           byte[] body, Map<String, String> headers) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.CONTENT_TYPE, contentType);
        headers.forEach(h::set);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, h),
                new ParameterizedTypeReference<>() { });
    }

    /** A well-formed upload of one file named {@code name}. */
    public static ResponseEntity<Map<String, Object>> upload(TestRestTemplate rest, String user, long proposalId, String name,
                                                             String contentType, byte[] data, Map<String, String> headers) {
        return post(rest, user, "/api/proposals/" + proposalId + "/attachments", "multipart/form-data; boundary=" + BOUNDARY,
                multipart("filename=\"" + name + "\"", contentType, data), headers);
    }
}
