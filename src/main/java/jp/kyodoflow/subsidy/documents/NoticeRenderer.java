package jp.kyodoflow.subsidy.documents;

import jp.kyodoflow.documents.Typesetter;
import static jp.kyodoflow.documents.Typesetter.MM;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays a {@link Notice} out as a municipal notice on A4 portrait: number and date top right, the addressee top
 * left, the issuer right, the title centred, the body, 記 and the table of items, 以上, notes, and a box with
 * the section to ask. Every text wraps within its column and goes on on a new page at the bottom of one; pages
 * after the first say which document they belong to, and pages are numbered when there is more than one.
 */
final class NoticeRenderer {

    private static final float BODY = 10.5f;
    private static final float BODY_LINE = BODY * 1.65f;
    private static final float NAME = 11.5f;
    private static final float TITLE = 15f;
    private static final float BOX_LINE = BODY * 1.5f;
    private static final float PAD = 1.6f * MM;
    private static final float GRID = 0.6f;

    private enum Align { LEFT, CENTRE, RIGHT }

    private final Typesetter t;
    private final Notice n;

    private NoticeRenderer(Typesetter t, Notice n) {
        this.t = t;
        this.n = n;
    }

    static byte[] render(Notice notice, TrueTypeFont font) throws IOException {
        try (Typesetter t = new Typesetter(font)) {
            describe(t.document(), notice);
            t.continuationHeader(notice.documentNumber() + "　" + notice.title() + "（続き）");
            new NoticeRenderer(t, notice).write();
            return t.save();
        }
    }

    private static void describe(PDDocument doc, Notice notice) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(notice.title());
        info.setAuthor(notice.from().issuer());
        info.setSubject(notice.documentNumber());
        info.setCreator("Kyodo Flow");
        doc.getDocumentCatalog().setLanguage("ja-JP");
        // the file identifier follows from the content (PDFBox would take the clock), so equal input gives equal bytes
        byte[] id = Arrays.copyOf(sha256(notice.toString()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private void write() throws IOException {
        header();
        t.down(BODY_LINE * 1.2f);
        block(n.title(), TITLE, TITLE * 1.6f, Align.CENTRE, 0, t.width());
        t.down(BODY_LINE * 0.6f);
        for (String paragraph : n.body()) {
            block("　" + paragraph, BODY, BODY_LINE, Align.LEFT, 0, t.width());
        }
        t.down(BODY_LINE * 0.4f);
        block("記", BODY, BODY_LINE, Align.CENTRE, 0, t.width());
        t.down(BODY_LINE * 0.3f);
        new NoticeTable(t).write(n.rows());
        t.down(BODY_LINE * 0.4f);
        for (String note : n.notes()) {
            hanging("※", note);
        }
        block("以上", BODY, BODY_LINE, Align.RIGHT, 0, t.width() - BODY);
        t.down(BODY_LINE);
        contact();
    }

    private void header() throws IOException {
        float column = t.width() * 0.62f;
        block(n.documentNumber(), BODY, BODY_LINE, Align.RIGHT, 0, t.width());
        block(WarekiDates.of(n.issuedOn()), BODY, BODY_LINE, Align.RIGHT, 0, t.width());
        t.down(BODY_LINE * 0.8f);
        Addressee to = n.to();
        if (present(to.address())) {
            block(to.address(), 9.5f, 9.5f * 1.7f, Align.LEFT, 0, column);
        }
        if (present(to.representative())) {
            block(to.groupName(), NAME, NAME * 1.7f, Align.LEFT, 0, column);
            block("代表者　" + to.representative() + "　様", NAME, NAME * 1.7f, Align.LEFT, 0, column);
        } else {
            block(to.groupName() + "　様", NAME, NAME * 1.7f, Align.LEFT, 0, column);
        }
        t.down(BODY_LINE * 0.6f);
        block(n.from().issuer(), NAME, NAME * 1.7f, Align.RIGHT, 0, t.width() - 2 * NAME);
    }

    /** Lines of text in the column [left + x, left + x + width], each on the page (a new page when full). */
    private void block(String text, float size, float lineHeight, Align align, float x, float width) throws IOException {
        for (String line : t.wrap(text, width, size)) {
            if (!t.fits(lineHeight)) {
                t.newPage();
            }
            float w = t.width(line, size);
            float at = switch (align) {
                case LEFT -> x;
                case CENTRE -> x + (width - w) / 2;
                case RIGHT -> x + width - w;
            };
            t.text(line, t.left() + at, t.y(), size, lineHeight);
            t.down(lineHeight);
        }
    }

    /** A note with a mark (※) and its lines indented past the mark. */
    private void hanging(String mark, String text) throws IOException {
        float indent = t.width(mark, BODY) + BODY / 2;
        List<String> lines = t.wrap(text, t.width() - indent, BODY);
        for (int i = 0; i < lines.size(); i++) {
            if (!t.fits(BODY_LINE)) {
                t.newPage();
            }
            if (i == 0) {
                t.text(mark, t.left(), t.y(), BODY, BODY_LINE);
            }
            t.text(lines.get(i), t.left() + indent, t.y(), BODY, BODY_LINE);
            t.down(BODY_LINE);
        }
    }

    /** A box at the right with the section to ask: 問い合わせ先 佐久市 広報広聴課. */
    private void contact() throws IOException {
        float width = 78 * MM;
        float x = t.width() - width;
        List<String> lines = new ArrayList<>();
        lines.add("【問い合わせ先】");
        lines.addAll(t.wrap(n.from().cityName() + "　" + n.from().section(), width - 2 * PAD, BODY));
        float height = lines.size() * BOX_LINE + 2 * PAD;
        if (!t.fits(height)) {
            t.newPage();
        }
        float top = t.y();
        t.box(t.left() + x, top, width, height, GRID);
        t.down(PAD);
        for (String line : lines) {
            t.text(line, t.left() + x + PAD, t.y(), BODY, BOX_LINE);
            t.down(BOX_LINE);
        }
        t.down(PAD);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
