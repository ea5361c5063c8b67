package jp.kyodoflow.groups.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.groups.GroupRegister.GroupDetail;
import jp.kyodoflow.groups.GroupRegister.GroupSummary;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(summary = "Registered groups visible to the caller, in registration order, one page at a time",
            description = "page, size (X-Total-Count and Link headers); status (REGISTERED or LAPSED) narrows the list.")
    ResponseEntity<List<GroupSummary>> list(@AuthenticationPrincipal CurrentUser user,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(register.list(user, status, paging));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A group with its officers and members")
    GroupDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return register.detail(user, id);
    }
}
