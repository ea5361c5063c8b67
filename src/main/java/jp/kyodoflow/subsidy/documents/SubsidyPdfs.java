package jp.kyodoflow.subsidy.documents;

import jp.kyodoflow.documents.FontPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The subsidy's official documents as PDF (A4, Japanese): 交付決定通知書 (変更交付決定通知書 for a changed
 * decision), 額確定通知書 and 返還命令書. The text is set only in the embedded IPAex Gothic (a subset), so a
 * document looks the same on every server and reader; the same input gives the same bytes. Safe for use by
 * several threads at once: each document borrows its own parsed font from the shared {@link FontPool}.
 */
@Component
public class SubsidyPdfs {

    private static final Logger log = LoggerFactory.getLogger(SubsidyPdfs.class);

    private final FontPool fonts;

    public SubsidyPdfs() {
        this(FontPool.shared());
    }

    SubsidyPdfs(FontPool fonts) {
        this.fonts = fonts;
    }

    public byte[] grantDecision(GrantDecision d) {
        return render(SubsidyNotices.grantDecision(d));
    }

    public byte[] amountFinalisation(AmountFinalisation d) {
        return render(SubsidyNotices.amountFinalisation(d));
    }

    public byte[] repaymentOrder(RepaymentOrder d) {
        return render(SubsidyNotices.repaymentOrder(d));
    }

    private byte[] render(Notice notice) {
        long start = System.nanoTime();
        TrueTypeFont font = fonts.borrow();
        try {
            byte[] pdf = NoticeRenderer.render(notice, font);
            log.debug("Rendered {} {} ({} bytes) in {} ms", notice.documentNumber(), notice.title(), pdf.length,
                    (System.nanoTime() - start) / 1_000_000);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + notice.documentNumber(), e);
        } finally {
            fonts.giveBack(font);
        }
    }
}
