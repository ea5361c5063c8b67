package jp.kyodoflow.subsidy.documents;

import java.util.Objects;

/** Who issues a document: the city (佐久市), the issuer who signs (佐久市長) and the section to ask (広報広聴課). */
public record Letterhead(String cityName, String issuer, String section) {

    public Letterhead {
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(section, "section");
    }
}
