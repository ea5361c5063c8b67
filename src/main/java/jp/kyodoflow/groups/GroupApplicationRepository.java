package jp.kyodoflow.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupApplicationRepository extends JpaRepository<GroupApplication, Long> {
    List<GroupApplication> findByApplicantUserIdOrderByIdDesc(String applicantUserId);

}
