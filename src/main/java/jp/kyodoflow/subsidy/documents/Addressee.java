package jp.kyodoflow.subsidy.documents;

import java.util.Objects;

/** The group a document is addressed to; representative and address may be null (the lines are left out). */
public record Addressee(String groupName, String representative, String address) {

    public Addressee {
        Objects.requireNonNull(groupName, "groupName");
    }
}
