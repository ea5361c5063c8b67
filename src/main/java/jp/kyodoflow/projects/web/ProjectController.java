package jp.kyodoflow.projects.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.evaluation.EvaluationService.EvaluationView;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.projects.ProjectQueries.ProjectDetail;
import jp.kyodoflow.projects.ProjectQueries.ProjectView;
import jp.kyodoflow.projects.ProjectStarter;
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

/** Collaboration projects (協働事業): start, list, and read everything recorded about one. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectStarter starter;
    private final ProjectQueries queries;

    ProjectController(ProjectStarter starter, ProjectQueries queries) {
        this.starter = starter;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A department raises a problem (starts CollaborationProjectProcess)")
    ProjectView raise(@AuthenticationPrincipal CurrentUser user,
                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                              mediaType = "application/json", examples = @ExampleObject(name = "課題",
                              summary = "担当課が地域の課題を挙げる（department）", value = """
                                      {"title": "放課後の子どもの居場所づくり",
                                       "problem": "共働き世帯の増加で、放課後に子どもが安心して過ごせる場所が不足している",
                                       "evidence": "令和7年度の保護者アンケートで、回答者の4割が放課後の居場所を求めている",
                                       "field": "KOSODATE"}""")))
                      @Valid @RequestBody ProjectInputs.Problem problem) {
        return starter.raiseProblem(user, problem);
    }

    @GetMapping
    @Operation(summary = "The projects the caller may read, newest first, one page at a time (page, size; X-Total-Count and Link)",
            description = "status (e.g. RUNNING) narrows the list.")
    ResponseEntity<List<ProjectView>> list(@AuthenticationPrincipal CurrentUser user,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(queries.list(user, status, paging));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project with its grants, contracts, agreements (all versions), evaluations and history")
    ProjectDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.detail(user, id);
    }

    @GetMapping("/{id}/agreements")
    List<AgreementView> agreements(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.agreements(user, id);
    }

    @GetMapping("/{id}/evaluations")
    List<EvaluationView> evaluations(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.evaluations(user, id);
    }
}
