package jp.kyodoflow.notices.web;

import java.util.List;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.notices.NoticeService.NoticeView;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notices")
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping
    List<NoticeView> mine(@AuthenticationPrincipal CurrentUser user) {
        return notices.visibleTo(user);
    }

    @PostMapping("/{id}/read")
    NoticeView markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return notices.markRead(user, id);
    }
}
