package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What our API answers when the request is wrong in ways Spring itself detects, and when our code
 * fails unexpectedly: always problem+json in Japanese; a failure is a 500 that names an id to
 * quote, is logged at ERROR with that id, and tells the caller nothing about the internals.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorResponsesHttpTest {

    @Autowired TestRestTemplate rest;

    ResponseEntity<Map> call(HttpMethod method, String path, String contentType, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return rest.withBasicAuth("coord1", "demo").exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void anUnexpectedFailureIsA500InJapaneseLoggedAtErrorWithoutInternals(CapturedOutput output) {
        ResponseEntity<Map> failed = call(HttpMethod.GET, "/api/test-support/failure", null, null);

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String errorId = (String) failed.getBody().get("errorId");
        assertThat(errorId).hasSize(8);
        assertThat(failed.getBody().get("detail").toString())
                .startsWith("システムで予期しないエラーが発生したため、処理できませんでした")
                .contains("問い合わせ番号 " + errorId);
        assertThat(failed.getBody().toString()).doesNotContain("jdbc", "secret", "IllegalStateException");
        assertThat(output.getAll()).containsPattern("ERROR .*Unexpected error " + errorId + " on GET /api/test-support/failure")
                .contains("java.lang.IllegalStateException: internal detail");
    }

    @Test
    void springsOwnRefusalsAreProblemsInJapanese() {
        var method = call(HttpMethod.DELETE, "/api/notices", null, null);
        assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(method.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(method.getHeaders().getAllow()).contains(HttpMethod.GET);
        assertThat(method.getBody().get("detail")).isEqualTo("このURLでは DELETE の操作はできません（使える操作：GET）");

        var xml = call(HttpMethod.POST, "/api/review-rounds", "application/xml", "<round/>");
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(xml.getBody().get("detail").toString()).startsWith("この形式のデータは受け付けられません。JSON（application/json）で送ってください");

        var missing = call(HttpMethod.GET, "/api/review-rounds/1/score-sheet", null, null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("detail")).isEqualTo("パラメーター「stage」を指定してください");

        var badEnum = call(HttpMethod.GET, "/api/review-rounds/1/score-sheet?stage=FINAL", null, null);
        assertThat(badEnum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badEnum.getBody().get("detail").toString()).contains("「stage」は次のいずれかで指定してください：DOCUMENT、HEARING");

        var unknown = call(HttpMethod.GET, "/api/no-such-thing", null, null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail")).isEqualTo("このURLのAPIはありません。URLを確認してください");

        var wrongType = call(HttpMethod.POST, "/api/review-rounds", "application/json", "{\"title\":\"t\",\"configId\":\"first\"}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getBody().get("detail")).isEqualTo("リクエストの形式が正しくありません：「configId」は整数で指定してください");
    }
}
