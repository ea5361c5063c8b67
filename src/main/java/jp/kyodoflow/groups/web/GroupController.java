package jp.kyodoflow.groups.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.groups.GroupRegister.GroupDetail;
import jp.kyodoflow.groups.GroupRegister.GroupSummary;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register: staff see every group, a group's users their own group. */
@RestController
@RequestMapping("/api/groups")
class GroupController {

    private final GroupRegister register;

    GroupController(GroupRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Registered groups visible to the caller")
    List<GroupSummary> list(@AuthenticationPrincipal CurrentUser user) {
        return register.list(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A group with its officers and members")
    GroupDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return register.detail(user, id);
    }
}
