package jp.kyodoflow.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer (役員) or member (会員) of a registered group. */
@Entity
@Table(name = "group_person")
class GroupPerson {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String personName;
    String roleTitle;
    boolean officer;
    String userId;

    protected GroupPerson() {
    }

    GroupPerson(String personName, String roleTitle, boolean officer, String userId) {
        this.personName = personName;
        this.roleTitle = roleTitle;
        this.officer = officer;
        this.userId = userId;
    }

    GroupRegister.PersonView view() {
        return new GroupRegister.PersonView(personName, roleTitle, officer, userId);
    }
}
