package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.support.Uploads;
import org.junit.jupiter.api.Test;

class AttachmentContentTest {

    @Test
    void wholeDocumentsAreRecognisedByTheirStructure() {
        assertThat(AttachmentContent.check(Uploads.pdf())).isEqualTo("application/pdf");
        assertThat(AttachmentContent.check(Uploads.png())).isEqualTo("image/png");
        assertThat(AttachmentContent.check(Uploads.jpeg())).isEqualTo("image/jpeg");
        assertThat(AttachmentContent.check(Uploads.concat(Uploads.jpeg(), new byte[16]))).as("zero padding after EOI")
                .isEqualTo("image/jpeg");
        assertThat(AttachmentContent.check(Uploads.concat(Uploads.pdf(), Uploads.ascii("\n\n")))).isEqualTo("application/pdf");
    }

    @Test
    void aSignatureAloneOrACutOffFileIsRefused() {
        byte[] png = Uploads.png();
        byte[] jpeg = Uploads.jpeg();
        refusedAsIncomplete(Arrays.copyOf(png, png.length - 12));
        refusedAsIncomplete(Arrays.copyOf(jpeg, jpeg.length - 2));
        refusedAsIncomplete(Uploads.ascii("%PDF-1.4\n1 0 obj\n"));
        refusedAsIncomplete(Uploads.concat(Uploads.pdf(), new byte[1100]));
        refusedAsIncomplete(Uploads.ascii("%PDF-x.y\n%%EOF"));
        assertThatThrownBy(() -> AttachmentContent.check(Uploads.ascii("<html>%PDF-1.4 %%EOF</html>")))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("添付できるのはPDF・PNG・JPEGの書類だけです");
    }

    @Test
    void webMarkersAreFoundInAnyCaseAtTheStartAndTheEnd() {
        for (String marker : new String[] {"<html", "<SVG", "<Script", "<!DOCTYPE html", "<iframe", "<body"}) {
            byte[] head = Uploads.ascii("%PDF-1.4\n% " + marker + ">\n%%EOF");
            assertThat(AttachmentContent.hasWebContent(head)).as(marker).isTrue();
        }
        byte[] farInside = Uploads.concat(Uploads.ascii("%PDF-1.4\n"), new byte[AttachmentContent.SCAN_HEAD],
                Uploads.ascii("<script>"), new byte[AttachmentContent.SCAN_TAIL], Uploads.ascii("\n%%EOF"));
        assertThat(AttachmentContent.hasWebContent(farInside)).as("deep inside, where no viewer sniffs").isFalse();
        assertThat(AttachmentContent.hasWebContent(Uploads.pdf())).isFalse();
    }

    @Test
    void fileNamesKeepTheirEndAndLoseNothingButSeparators() {
        assertThat(AttachmentService.fileName("..\\..\\etc/passwd.pdf")).isEqualTo(".._.._etc_passwd.pdf");
        assertThat(AttachmentService.fileName(" ")).isEqualTo("添付書類");
        String longName = "𠮷".repeat(250) + ".pdf";
        String kept = AttachmentService.fileName(longName);
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(200);
        assertThat(kept).endsWith("𠮷.pdf");
        for (String bad : new String[] {"a\r\nb.pdf", "a\tb.pdf", "a\u0000.pdf", "a\u202Efdp.exe", "a\u2028b.pdf"}) {
            assertThatThrownBy(() -> AttachmentService.fileName(bad)).isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("ファイル名に使えない文字");
        }
    }

    private static void refusedAsIncomplete(byte[] data) {
        assertThatThrownBy(() -> AttachmentContent.check(data)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("の形式として完全ではありません");
    }
}
