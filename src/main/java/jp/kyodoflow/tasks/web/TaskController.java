package jp.kyodoflow.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import jp.kyodoflow.tasks.WorkService.TaskDetail;
import jp.kyodoflow.tasks.WorkService.TaskForm;
import jp.kyodoflow.tasks.WorkService.TaskView;
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

/** The caller's tasks, as in Tasklist; completing takes the task form's keys as JSON. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final WorkService work;

    TaskController(WorkService work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "The caller's open tasks, oldest first, one page at a time",
            description = "Tasks of the caller's groups (candidate groups) and tasks assigned to the caller, as Tasklist "
                    + "shows them. Paged (page from 0, size up to " + Paging.MAX_SIZE + ", default "
                    + Paging.DEFAULT_SIZE + "); the total is in X-Total-Count, the next page in Link. "
                    + "processInstanceId and taskKey narrow the list to one case or one kind of task.")
    ResponseEntity<List<TaskView>> mine(@AuthenticationPrincipal CurrentUser user,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String processInstanceId,
                                        @RequestParam(required = false) String taskKey) {
        Paging paging = Paging.of(page, size);
        return paging.response(work.myTasks(user, new WorkService.TaskFilter(processInstanceId, taskKey), paging));
    }

    @GetMapping("/{id}")
    TaskDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return work.task(user, id);
    }

    @GetMapping("/{id}/form")
    @Operation(summary = "The fields of the task's form: the keys POST /api/tasks/{id}/complete takes",
            description = "Read from the task's deployed Camunda Form: key, label, component type, JSON value type, "
                    + "required, read-only (shown only; a value sent for it is dropped), the options of a choice, and "
                    + "the fields of one row of a list.")
    TaskForm form(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return work.form(user, id);
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with the variables its form would set",
            description = "The body is one JSON object whose keys are the keys of the task's Camunda Form, as listed by "
                    + "GET /api/tasks/{id}/form (the same values Tasklist submits): a key the form does not have is "
                    + "refused (400), read-only fields are dropped, lists and groups are JSON arrays and objects. "
                    + "The examples are named after the task (taskKey in GET /api/tasks).")
    void complete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                  @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The task form's keys and values",
                          content = @Content(mediaType = "application/json",
                                  schema = @Schema(type = "object", description = "Keys of the task's form",
                                          additionalProperties = Schema.AdditionalPropertiesValue.TRUE),
                                  examples = {
                                      @ExampleObject(name = "Task_ReviewRegistration",
                                              summary = "登録審査：登録する（coordinator）",
                                              value = TaskApiExamples.REVIEW_REGISTRATION),
                                      @ExampleObject(name = "Task_ConsiderCollaboration",
                                              summary = "協働の検討：協働で取り組む（department）",
                                              value = TaskApiExamples.CONSIDER_COLLABORATION),
                                      @ExampleObject(name = "Task_ConfirmEligibility",
                                              summary = "要件審査：受理する（coordinator）",
                                              value = TaskApiExamples.CONFIRM_ELIGIBILITY),
                                      @ExampleObject(name = "Task_GiveOpinion",
                                              summary = "意見照会：回答する（the department asked）",
                                              value = TaskApiExamples.GIVE_OPINION)}))
                  @RequestBody Map<String, Object> variables) {
        work.complete(user, id, variables);
    }
}
