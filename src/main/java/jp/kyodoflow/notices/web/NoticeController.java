package jp.kyodoflow.notices.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.notices.NoticeService.NoticeView;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notices")
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first, one page at a time (page, size; X-Total-Count and Link)",
            description = "unread=true keeps those not read yet; civicGroupId those about one civic group.")
    ResponseEntity<List<NoticeView>> mine(@AuthenticationPrincipal CurrentUser user,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(defaultValue = "false") boolean unread,
                                          @RequestParam(required = false) Long civicGroupId) {
        Paging paging = Paging.of(page, size);
        return paging.response(notices.list(user, unread, civicGroupId, paging));
    }

    @PostMapping("/{id}/read")
    NoticeView markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return notices.markRead(user, id);
    }
}
