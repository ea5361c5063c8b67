package jp.kyodoflow.subsidy.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back as a reader (or a checker) would: its text, where each glyph is, its fonts. */
final class PdfReading {

    /** One glyph on a page: its box in PDF user space (y up), and the page's media box. */
    record Glyph(int page, String text, float x, float y, float width, float height, PDRectangle mediaBox) {
    }

    private PdfReading() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text without spaces (also ideographic ones) and line breaks, as one reads Japanese across lines. */
    static String flatText(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("[\\s\u3000]", "");
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    // TextPosition's y is measured down from the top; turn it into PDF space
                    float baseline = box.getHeight() - p.getYDirAdj();
                    glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), baseline, p.getWidthDirAdj(),
                            p.getHeightDir(), box));
                    super.processTextPosition(p);
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    /** A font a page uses: its name, whether it is a composite font, and its embedded TrueType program if any. */
    record FontUse(int page, String name, boolean composite, boolean embedded, long embeddedBytes) {
    }

    static List<FontUse> fonts(byte[] pdf) throws IOException {
        List<FontUse> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    var file = font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor().getFontFile2() : null;
                    fonts.add(new FontUse(n, font.getName(), font instanceof PDType0Font, font.isEmbedded(),
                            file == null ? 0 : file.toByteArray().length));
                }
            }
        }
        return fonts;
    }
}
