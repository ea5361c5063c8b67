package jp.kyodoflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Japanese font, IPAex Gothic (its licence travels with it, fonts/IPA_Font_License.txt), read once
 * from the classpath and parsed once per concurrent user.
 *
 * <p>Parsing the 6 MB font costs several times as much as writing a whole document (about 40 to 150 ms against
 * 10 to 20 ms), so parsed fonts are kept and reused. A parsed {@link TrueTypeFont} reads its tables lazily through a stream with a position and is
 * not documented as thread-safe, so each document borrows one for itself (from building the page to saving the
 * subset) and gives it back; two documents written at once use two parsed fonts. The file's bytes are shared,
 * only ever read.
 */
public final class FontPool {

    public static final String RESOURCE = "/fonts/ipaexg.ttf";

    /** Fonts kept for later documents; more may be parsed at a peak, those are closed when given back. */
    private static final int MAX_IDLE = 4;

    private static final Logger log = LoggerFactory.getLogger(FontPool.class);

    private final byte[] data;
    private final ConcurrentLinkedDeque<TrueTypeFont> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private FontPool(byte[] data) {
        this.data = data;
    }

    /** The pool of the application (loaded on first use, by the first document). */
    public static FontPool shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final FontPool SHARED = new FontPool(readResource());
    }

    private static byte[] readResource() {
        long start = System.nanoTime();
        try (InputStream in = FontPool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            log.info("Read font {} ({} bytes) in {} ms", RESOURCE, bytes.length, (System.nanoTime() - start) / 1_000_000);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + RESOURCE, e);
        }
    }

    /** A parsed font for one document at a time; give it back with {@link #giveBack}. */
    public TrueTypeFont borrow() {
        TrueTypeFont font = idle.pollFirst();
        if (font != null) {
            idleCount.decrementAndGet();
            return font;
        }
        return parse();
    }

    /** Returns a font after the document that borrowed it is saved (or failed). */
    public void giveBack(TrueTypeFont font) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offerFirst(font);
            return;
        }
        idleCount.decrementAndGet();
        try {
            font.close();
        } catch (IOException e) {
            log.warn("Could not close a surplus parsed font", e);
        }
    }

    private TrueTypeFont parse() {
        long start = System.nanoTime();
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            log.debug("Parsed font {} in {} ms", RESOURCE, (System.nanoTime() - start) / 1_000_000);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + RESOURCE, e);
        }
    }
}
