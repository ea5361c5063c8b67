package jp.kyodoflow.groups.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.GroupRegistrationService.ApplicationView;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Applications to the register; the coordinator decides in Tasklist (or via /api/tasks). */
@RestController
@RequestMapping("/api/group-registrations")
class GroupRegistrationController {

    private final GroupRegistrationService registrations;

    GroupRegistrationController(GroupRegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for registration (starts GroupRegistrationProcess)")
    ApplicationView apply(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody GroupApplicationRequest request) {
        return registrations.submit(user, request);
    }

    @GetMapping
    @Operation(summary = "The caller's applications (all of them for the coordinator)")
    List<ApplicationView> list(@AuthenticationPrincipal CurrentUser user) {
        return registrations.applicationsVisibleTo(user);
    }

    @GetMapping("/{id}")
    ApplicationView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return registrations.application(user, id);
    }
}
