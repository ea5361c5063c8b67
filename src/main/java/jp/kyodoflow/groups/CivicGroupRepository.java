package jp.kyodoflow.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CivicGroupRepository extends JpaRepository<CivicGroup, Long> {
    List<CivicGroup> findAllByOrderByIdAsc();

    List<CivicGroup> findByIdInOrderByIdAsc(Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query(
            "select g.id, g.contactEmail from CivicGroup g where g.id in :ids and g.contactEmail is not null")
    List<Object[]> contactEmails(@org.springframework.data.repository.query.Param("ids") Collection<Long> ids);

    List<CivicGroup> findByStatusOrderByNameAsc(CivicGroup.Status status);

    boolean existsByNameAndStatus(String name, CivicGroup.Status status);

    Optional<CivicGroup> findByCamundaGroupId(String camundaGroupId);

    @Query(value = "select nextval('civic_group_registration_seq')", nativeQuery = true)
    long nextRegistrationSequence();
}
