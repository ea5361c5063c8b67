package jp.kyodoflow.groups.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.GroupRegistrationService.ApplicationView;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    ApplicationView apply(@AuthenticationPrincipal CurrentUser user,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                  mediaType = "application/json", examples = @ExampleObject(name = "申請",
                                  summary = "登録要件を満たす団体の申請（applicant）", value = """
                                          {"groupName": "佐久みどりの会", "groupType": "VOLUNTEER",
                                           "representativeName": "緑川 さくら", "contactEmail": "midori@example.jp",
                                           "contactPhone": "0267-22-3333", "baseAddress": "長野県佐久市中央1-2-3",
                                           "memberCount": 8, "foundedOn": "2021-04-01",
                                           "activityFields": ["KANKYO", "MACHIZUKURI"],
                                           "officers": [{"name": "緑川 さくら", "role": "代表", "userId": null},
                                                        {"name": "木下 修", "role": "会計", "userId": null}],
                                           "members": [{"name": "林 優子", "role": null, "userId": null}],
                                           "hasBylaws": true, "hasAccounting": true, "declNotPolitical": true,
                                           "declNotReligious": true, "declNotElection": true, "declNotAntiSocial": true,
                                           "declNoTaxArrears": true, "declNotCityRun": true}""")))
                          @Valid @RequestBody GroupApplicationRequest request) {
        return registrations.submit(user, request);
    }

    @GetMapping
    @Operation(summary = "The caller's applications (all of them for the coordinator), newest first, one page at a time",
            description = "page, size (X-Total-Count and Link headers); status (e.g. SUBMITTED) narrows the list.")
    ResponseEntity<List<ApplicationView>> list(@AuthenticationPrincipal CurrentUser user,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(registrations.applications(user, status, paging));
    }

    @GetMapping("/{id}")
    ApplicationView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return registrations.application(user, id);
    }
}
