package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalDrafts;
import jp.kyodoflow.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attachments through the API: broken requests and forbidden file names are 400 (never 500),
 * files that only start like a document are refused, and the 10-file limit holds when twenty
 * uploads arrive at once. Every refusal stores nothing.
 */
@IntegrationTest
class AttachmentUploadHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProposalDrafts drafts;
    @Autowired JdbcTemplate jdbc;

    long stored(long proposalId) {
        return jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Long.class, proposalId);
    }

    ResponseEntity<Map<String, Object>> raw(long proposalId, String contentType, byte[] body) {
        return Uploads.post(rest, "applicant3", "/api/proposals/" + proposalId + "/attachments", contentType, body, Map.of());
    }

    static String multipartType() {
        return "multipart/form-data; boundary=" + Uploads.BOUNDARY;
    }

    @Test
    void brokenRequestsAndControlCharactersInFileNamesAre400AndStoreNothing() {
        long proposal = drafts.draft("添付の形式テストの会").proposalId();

        var noBoundary = raw(proposal, "multipart/form-data", Uploads.multipart("filename=\"plan.pdf\"", "application/pdf", Uploads.pdf()));
        assertThat(noBoundary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noBoundary.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noBoundary.getBody().get("detail").toString()).startsWith("送信されたデータを読み取れませんでした");

        byte[] big = Uploads.concat(Uploads.ascii("%PDF-1.4\n"), new byte[AttachmentService.MAX_BYTES], Uploads.ascii("\n%%EOF\n"));
        var tooLarge = Uploads.upload(rest, "applicant3", proposal, "big.pdf", "application/pdf", big, Map.of());
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getBody().get("detail").toString()).startsWith("ファイルが大きすぎます（1ファイル10MBまで");

        var cutOff = raw(proposal, multipartType(), Uploads.ascii("--" + Uploads.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n\r\n%PDF-1.4"));
        assertThat(cutOff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cutOff.getBody().get("detail").toString()).startsWith("送信されたデータを読み取れませんでした");

        for (String name : List.of("filename*=UTF-8''%E8%A8%88%E7%94%BB%0D%0AContent-Type%3A%20text%2Fhtml.pdf",
                "filename*=UTF-8''plan%0A.pdf", "filename*=UTF-8''plan%00.pdf", "filename=\"plan\u0000.pdf\"",
                "filename*=UTF-8''invoice%E2%80%AEfdp.exe")) {
            var refused = raw(proposal, multipartType(), Uploads.multipart(name, "application/pdf", Uploads.pdf()));
            assertThat(refused.getStatusCode()).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").toString()).as(name).contains("ファイル名に使えない文字");
        }
        assertThat(stored(proposal)).isZero();

        var fine = raw(proposal, multipartType(), Uploads.multipart("filename*=UTF-8''%E4%BA%8B%E6%A5%AD%E8%A8%88%E7%94%BB.pdf",
                "application/pdf", Uploads.pdf()));
        assertThat(fine.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fine.getBody().get("fileName")).isEqualTo("事業計画.pdf");
        assertThat(stored(proposal)).isEqualTo(1);
    }

    @Test
    void filesThatOnlyStartLikeADocumentAreRefused() {
        long proposal = drafts.draft("中身の確認テストの会").proposalId();
        byte[] png = Uploads.png();
        byte[] jpeg = Uploads.jpeg();
        byte[] pngHead = java.util.Arrays.copyOf(png, 8);
        Map<String, byte[]> structureBroken = Map.of(
                "html-after-pdf-signature.pdf", Uploads.ascii("%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>"),
                "no-version.pdf", Uploads.ascii("%PDF-<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n%%EOF"),
                "svg-after-png-signature.png", Uploads.concat(pngHead, Uploads.ascii("<svg onload=alert(1)>")),
                "html-after-jpeg-signature.jpg", Uploads.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                        Uploads.ascii("<html><script>alert(1)</script></html>")));
        for (var file : structureBroken.entrySet()) {
            var refused = Uploads.upload(rest, "applicant3", proposal, file.getKey(), "application/octet-stream", file.getValue(), Map.of());
            assertThat(refused.getStatusCode()).as(file.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").toString()).as(file.getKey()).containsAnyOf("形式として完全ではありません",
                    "PDF・PNG・JPEGの書類だけです");
        }
        Map<String, byte[]> webContent = Map.of(
                "script-in-pdf.pdf", Uploads.ascii("%PDF-1.4\n<script>fetch('/api/notices')</script>\n%%EOF\n"),
                "html-after-eof.pdf", Uploads.concat(Uploads.pdf(), Uploads.ascii("<HTML><BODY>x</BODY></HTML>")),
                "svg-in-png.png", Uploads.concat(java.util.Arrays.copyOf(png, 33), Uploads.ascii("<svg onload=alert(1)>"),
                        java.util.Arrays.copyOfRange(png, 33, png.length)),
                "script-in-jpeg.jpg", Uploads.concat(java.util.Arrays.copyOf(jpeg, 20), Uploads.ascii("<script>alert(1)</script>"),
                        java.util.Arrays.copyOfRange(jpeg, 20, jpeg.length)));
        for (var file : webContent.entrySet()) {
            var refused = Uploads.upload(rest, "applicant3", proposal, file.getKey(), "application/octet-stream", file.getValue(), Map.of());
            assertThat(refused.getStatusCode()).as(file.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").toString()).as(file.getKey())
                    .startsWith("ファイルにWebページの内容（HTML・SVG・スクリプト）が含まれているため添付できません");
        }
        assertThat(stored(proposal)).isZero();

        for (var file : Map.of("plan.pdf", Uploads.pdf(), "photo.png", png, "photo.jpg", jpeg).entrySet()) {
            var accepted = Uploads.upload(rest, "applicant3", proposal, file.getKey(), "application/octet-stream", file.getValue(), Map.of());
            assertThat(accepted.getStatusCode()).as(file.getKey()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(jdbc.queryForList("select content_type from proposal_attachment where proposal_id = ? order by content_type",
                String.class, proposal)).containsExactly("application/pdf", "image/jpeg", "image/png");
    }

    @Test
    void twentySimultaneousUploadsStoreExactlyTheTenAllowed() throws Exception {
        long proposal = drafts.draft("同時添付テストの会").proposalId();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch ready = new CountDownLatch(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<Map<String, Object>>>> uploads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "書類" + i + ".pdf";
            uploads.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return Uploads.upload(rest, "applicant3", proposal, name, "application/pdf", Uploads.pdf(), Map.of());
            }));
        }
        ready.await();
        go.countDown();
        List<ResponseEntity<Map<String, Object>>> results = new ArrayList<>();
        for (var f : uploads) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(10);
        assertThat(results).filteredOn(r -> r.getStatusCode() != HttpStatus.CREATED).hasSize(10).allSatisfy(r -> {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getBody().get("detail").toString()).startsWith("添付書類は1件の提案につき10点までです");
        });
        assertThat(stored(proposal)).isEqualTo(10);
        assertThat(Uploads.upload(rest, "applicant3", proposal, "11点目.pdf", "application/pdf", Uploads.pdf(), Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stored(proposal)).isEqualTo(10);
    }
}
