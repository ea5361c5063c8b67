package jp.kyodoflow.subsidy.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes one sample of each document to the folder named by -Dkyodo.pdf.samples (for looking at them) and
 * prints how long they took: the first includes reading and parsing the font. Skipped without the property.
 */
@EnabledIfSystemProperty(named = "kyodo.pdf.samples", matches = ".+")
class SubsidyPdfSamplesTest {

    @Test
    void writesOneOfEach() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("kyodo.pdf.samples")));
        SubsidyPdfs pdfs = new SubsidyPdfs();
        long start = System.nanoTime();
        byte[] first = pdfs.grantDecision(Samples.grantDecision());
        report("first document, font read and parsed", start, first);
        write(dir, "grant-decision.pdf", first);
        start = System.nanoTime();
        write(dir, "changed-grant-decision.pdf", report("second", start, pdfs.grantDecision(Samples.changedDecision())));
        start = System.nanoTime();
        write(dir, "amount-finalisation.pdf", report("third", start, pdfs.amountFinalisation(Samples.amountFinalisation())));
        start = System.nanoTime();
        write(dir, "repayment-order.pdf", report("fourth", start, pdfs.repaymentOrder(Samples.repaymentOrder())));
        write(dir, "long-grant-decision.pdf", report("long", System.nanoTime(), pdfs.grantDecision(Samples.longGrantDecision())));
        int rounds = 50;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pdfs.grantDecision(Samples.grantDecision());
        }
        System.out.printf("then %d grant decisions: %.1f ms each%n", rounds, (System.nanoTime() - start) / 1e6 / rounds);
    }

    private static byte[] report(String what, long start, byte[] pdf) {
        System.out.printf("%s: %.1f ms, %,d bytes%n", what, (System.nanoTime() - start) / 1e6, pdf.length);
        assertThat(pdf.length).isLessThan(200 * 1024);
        return pdf;
    }

    private static void write(Path dir, String name, byte[] pdf) throws Exception {
        Files.write(dir.resolve(name), pdf);
    }
}
