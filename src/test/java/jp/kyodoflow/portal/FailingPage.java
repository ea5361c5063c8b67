package jp.kyodoflow.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only: a portal page that fails the way a bug would, to see the page the person gets. */
@Controller
class FailingPage {

    static final String INTERNAL_DETAIL = "internal detail that must not reach the page: jdbc:postgresql://db/secret";

    @GetMapping("/mypage/test-support/failure")
    String fail() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}
