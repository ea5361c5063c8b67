package jp.kyodoflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets Japanese text on A4 pages with one embedded font (a subset of IPAex Gothic): a cursor that moves down
 * the page, lines that wrap to a width, boxes, and a new page when the cursor reaches the bottom margin. All
 * lengths are in points (1/72 inch), y grows upwards as in PDF.
 */
public final class Typesetter implements AutoCloseable {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MM = 72f / 25.4f;
    public static final float MARGIN_LEFT = 25 * MM;
    public static final float MARGIN_RIGHT = 22 * MM;
    public static final float MARGIN_TOP = 20 * MM;
    public static final float MARGIN_BOTTOM = 20 * MM;

    /** Shown for a character the font does not have (〓, the geta mark, as Japanese typesetting does). */
    private static final int MISSING = 0x3013;

    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float ascent;
    private final float descent;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    private String continuationHeader = "";

    public Typesetter(TrueTypeFont ttf) throws IOException {
        doc = new PDDocument();
        font = PDType0Font.load(doc, ttf, true);
        cmap = ttf.getUnicodeCmapLookup();
        ascent = font.getFontDescriptor().getAscent() / 1000f;
        descent = -font.getFontDescriptor().getDescent() / 1000f;
        newPage();
    }

    public PDDocument document() {
        return doc;
    }

    /** Printed small at the top of every page after the first (which document the page belongs to), on one line. */
    public void continuationHeader(String text) {
        continuationHeader = clean(text);
    }

    public float left() {
        return MARGIN_LEFT;
    }

    public float right() {
        return PAGE.getWidth() - MARGIN_RIGHT;
    }

    public float width() {
        return right() - left();
    }

    public float y() {
        return y;
    }

    public void down(float points) {
        y -= points;
    }

    /** Whether a block this high still fits above the bottom margin. */
    public boolean fits(float height) {
        return y - height >= MARGIN_BOTTOM;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN_TOP;
        if (pages.size() > 1 && !continuationHeader.isEmpty()) {
            float size = 8.5f;
            List<String> lines = wrap(continuationHeader, width() - size, size);
            text(lines.get(0) + (lines.size() > 1 ? "…" : ""), left(), y + 5 * MM, size, size * 1.2f);
        }
    }

    /** Width of a (cleaned) text at a size. */
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            w += charWidth(text.codePointAt(i), size);
        }
        return w;
    }

    private float charWidth(int cp, float size) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }) / 1000f * size;
    }

    /** The lines of a text at a size within a width; line breaks in the text are kept. */
    public List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            lines.addAll(LineBreaker.wrap(paragraph, width, cp -> charWidth(cp, size)));
        }
        return lines;
    }

    /**
     * A text the font can set: line breaks become \n, tabs spaces, control and format characters and
     * variation selectors are dropped (the font's selectors are not used), characters the font lacks become 〓.
     */
    public String clean(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (isDropped(cp)) {
                return;
            } else {
                out.appendCodePoint(cmap.getGlyphId(cp) == 0 ? MISSING : cp);
            }
        });
        return out.toString();
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** One line of (cleaned) text whose line box has its top at {@code top}; the text is centred in the box. */
    public void text(String line, float x, float top, float size, float lineHeight) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        float baseline = top - (lineHeight - (ascent + descent) * size) / 2 - ascent * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    public void box(float x, float top, float width, float height, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    /** A straight line through the points (x, y), in order: a chart's trend or a rule under a heading. */
    public void polyline(float[] xs, float[] ys, float lineWidth) throws IOException {
        if (xs.length < 2) {
            return;
        }
        content.setLineWidth(lineWidth);
        content.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            content.lineTo(xs[i], ys[i]);
        }
        content.stroke();
    }

    /** A filled square of the given side centred on (x, y): a chart's data point. */
    public void dot(float x, float y, float side) throws IOException {
        content.addRect(x - side / 2, y - side / 2, side, side);
        content.fill();
    }

    /** Numbers the pages (1 / 2) when there is more than one, and writes the document with the font's subset. */
    public byte[] save() throws IOException {
        content.close();
        content = null;
        if (pages.size() > 1) {
            float size = 9;
            for (int n = 1; n <= pages.size(); n++) {
                try (var cs = new PDPageContentStream(doc, pages.get(n - 1), AppendMode.APPEND, true, true)) {
                    String label = n + " / " + pages.size();
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset((PAGE.getWidth() - width(label, size)) / 2, MARGIN_BOTTOM / 2);
                    cs.showText(label);
                    cs.endText();
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        doc.close();
    }
}
