package jp.kyodoflow.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an API call that fails the way a bug would, to see what the caller and the log get. */
@RestController
class FailingEndpoint {

    static final String INTERNAL_DETAIL = "internal detail that must not reach the caller: jdbc:postgresql://db/secret";

    @GetMapping("/api/test-support/failure")
    String fail() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}
