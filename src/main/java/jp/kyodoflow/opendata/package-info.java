/**
 * Open data (オープンデータ): what the city publishes of the collaboration schemes, readable without signing in, as
 * CSV and JSON with a documented schema — adopted and running collaboration projects, published themes, the
 * committees' decided results (members named or as 委員A, 委員B … as each round's publication setting says), and
 * the subsidies granted. Built from the other modules' public services only, each dataset a fixed list of columns:
 * no person's name (except committee members of a round published by name), no user id, address, e-mail or
 * telephone number, no internal reason. The portal serves the files at {@code /open-data}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "committee", "groups", "projects",
        "subsidy", "themes" })
package jp.kyodoflow.opendata;
