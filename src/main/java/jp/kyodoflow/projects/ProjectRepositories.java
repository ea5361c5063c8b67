package jp.kyodoflow.projects;

import java.util.Collection;
import java.util.List;
import jp.kyodoflow.common.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<CollaborationProject, Long> {
    default CollaborationProject require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("協働事業が見つかりません"));
    }

    List<CollaborationProject> findAllByOrderByIdDesc();

    List<CollaborationProject> findByStatusInOrderByFiscalYearDescIdDesc(java.util.Collection<ProjectStatus> statuses);

    java.util.Optional<CollaborationProject> findByProcessInstanceId(String processInstanceId);

    List<CollaborationProject> findByDepartmentGroupInOrPartnerGroupIdInOrderByIdDesc(
            Collection<String> departments, Collection<Long> partnerGroups);
}

interface GrantRepository extends JpaRepository<ProjectRecords.Grant, Long> {
    List<ProjectRecords.Grant> findByProjectIdOrderByIdAsc(Long projectId);
}

interface ContractRepository extends JpaRepository<ProjectRecords.Contract, Long> {
    List<ProjectRecords.Contract> findByProjectIdOrderByIdAsc(Long projectId);
}

interface ProgressRepository extends JpaRepository<ProjectRecords.Progress, Long> {
    List<ProjectRecords.Progress> findByProjectIdOrderByIdAsc(Long projectId);
}

interface ReviewRepository extends JpaRepository<ProjectRecords.Review, Long> {
    List<ProjectRecords.Review> findByProjectIdOrderByIdAsc(Long projectId);
}

/**
 * Names this file of the module's repositories: a source without a class of its own name looks stale to the
 * compiler's change check, and every run of the README's command would compile it again.
 */
final class ProjectRepositories {
    private ProjectRepositories() {
    }
}
