package jp.kyodoflow.themes.web;

import java.nio.charset.StandardCharsets;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.themes.ThemeExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff's files of the scheme: a fiscal year's themes and a theme's Q&A, as CSV (UTF-8 with BOM) or XLSX. */
@RestController
@RequestMapping("/api/themes")
class ThemeFilesController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ThemeExports exports;

    ThemeFilesController(ThemeExports exports) {
        this.exports = exports;
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> themesCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
        return file(exports.themesCsv(user, year), "themes-" + year + ".csv", CSV);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> themesXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
        return file(exports.themesXlsx(user, year), "themes-" + year + ".xlsx", XLSX);
    }

    @GetMapping("/{id}/qa.csv")
    ResponseEntity<byte[]> qaCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return file(exports.qaCsv(user, id), "theme-" + id + "-qa.csv", CSV);
    }

    @GetMapping("/{id}/qa.xlsx")
    ResponseEntity<byte[]> qaXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return file(exports.qaXlsx(user, id), "theme-" + id + "-qa.xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
