package jp.kyodoflow.proposals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodoflow.common.BusinessRuleException;

/**
 * What an uploaded file really is. A name or a leading signature proves nothing: a PDF must have
 * a version header and end with {@code %%EOF}, a PNG must start with its IHDR chunk and end with
 * IEND, a JPEG must end with its end-of-image marker; and no accepted file may carry web content
 * (HTML, SVG, script) near its start or end, where browsers and viewers sniff. Pure and unit-tested.
 */
final class AttachmentContent {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    /** How far from the start (and from the end) web markers are looked for. */
    static final int SCAN_HEAD = 8 * 1024;
    static final int SCAN_TAIL = 1024;
    private static final List<String> WEB_MARKERS = List.of("<html", "<head", "<body", "<svg", "<script", "<iframe",
            "<!doctype html");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PNG_IHDR = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private AttachmentContent() {
    }

    /**
     * @return the content type of an acceptable PDF, PNG or JPEG
     * @throws BusinessRuleException saying why the file is refused
     */
    static String check(byte[] data) {
        String type = signature(data).orElseThrow(() -> new BusinessRuleException(
                "添付できるのはPDF・PNG・JPEGの書類だけです（ファイルの中身がこれらの形式ではありません）"));
        boolean whole = switch (type) {
            case PDF -> wholePdf(data);
            case PNG -> wholePng(data);
            default -> wholeJpeg(data);
        };
        if (!whole) {
            throw new BusinessRuleException("ファイルが" + label(type) + "の形式として完全ではありません（壊れているか、途中で切れているか、"
                    + "別の形式のファイルです）。元のファイルから" + label(type) + "として保存し直して添付してください");
        }
        if (hasWebContent(data)) {
            throw new BusinessRuleException("ファイルにWebページの内容（HTML・SVG・スクリプト）が含まれているため添付できません。"
                    + label(type) + "として保存し直して添付してください");
        }
        return type;
    }

    private static Optional<String> signature(byte[] data) {
        if (startsWith(data, 0, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** {@code %PDF-1.x} or {@code %PDF-2.x}, and {@code %%EOF} within the last 1024 bytes (as readers look for it). */
    private static boolean wholePdf(byte[] data) {
        if (data.length < 8 || !(data[5] == '1' || data[5] == '2') || data[6] != '.' || !Character.isDigit(data[7])) {
            return false;
        }
        return indexOf(data, "%%EOF".getBytes(StandardCharsets.US_ASCII), Math.max(8, data.length - SCAN_TAIL)) >= 0;
    }

    private static boolean wholePng(byte[] data) {
        return data.length >= PNG_SIGNATURE.length + 25 + PNG_IEND.length && startsWith(data, 8, PNG_IHDR)
                && startsWith(data, data.length - PNG_IEND.length, PNG_IEND);
    }

    /** Ends with the end-of-image marker FF D9 (zero bytes some devices pad with are allowed after it). */
    private static boolean wholeJpeg(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return end >= 4 && data[end - 2] == (byte) 0xFF && data[end - 1] == (byte) 0xD9;
    }

    static boolean hasWebContent(byte[] data) {
        String head = ascii(data, 0, Math.min(data.length, SCAN_HEAD));
        String tail = ascii(data, Math.max(0, data.length - SCAN_TAIL), data.length);
        return WEB_MARKERS.stream().anyMatch(m -> head.contains(m) || tail.contains(m));
    }

    /** Bytes as lower-case ASCII text; other bytes become spaces, so markers are found in binary data too. */
    private static String ascii(byte[] data, int from, int to) {
        byte[] part = Arrays.copyOfRange(data, from, to);
        for (int i = 0; i < part.length; i++) {
            if (part[i] < 0x20 || part[i] > 0x7E) {
                part[i] = ' ';
            }
        }
        return new String(part, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return offset >= 0 && data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        for (int i = from; i <= data.length - needle.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static String label(String type) {
        return switch (type) {
            case PDF -> "PDF";
            case PNG -> "PNG";
            default -> "JPEG";
        };
    }
}
