package jp.kyodoflow.portal;

import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.notices.MailLog;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's mail page: what the notices' e-mail would have sent (the demo sends none, it keeps them).
 * Only where {@code kyodo.mail.demo-page} is set (the demo profile); elsewhere "not found". Whose mails
 * comes from the login: one's own address, or every mail for the coordinator and administrators.
 */
@Controller
class DemoMailPage {

    private final MailLog mails;
    private final boolean open;

    @org.springframework.beans.factory.annotation.Autowired
    DemoMailPage(MailLog mails) {
        this(mails, mails.open());
    }

    DemoMailPage(MailLog mails, boolean open) {
        this.mails = mails;
        this.open = open;
    }

    @GetMapping("/demo/mails")
    String mails(@AuthenticationPrincipal CurrentUser me, Model model) {
        if (!open) {
            throw new NotFoundException("ページが見つかりません");
        }
        model.addAttribute("mails", mails.visibleTo(me));
        model.addAttribute("seesAll", me.has(Roles.COORDINATOR) || me.has(Roles.ADMIN) || me.has(Roles.CAMUNDA_ADMIN));
        return "portal/demo-mails";
    }
}
