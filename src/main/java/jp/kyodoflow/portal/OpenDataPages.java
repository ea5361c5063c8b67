package jp.kyodoflow.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.opendata.OpenDataCsv;
import jp.kyodoflow.opendata.OpenDataService;
import jp.kyodoflow.opendata.OpenDataset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Open data, for anyone without signing in: the catalogue page with each dataset's columns (the schema), and each
 * dataset as {@code /open-data/<name>.csv} and {@code /open-data/<name>.json}.
 */
@Controller
class OpenDataPages {

    /** A dataset as JSON: what it is, when it was read, its columns, its rows (keys as the columns say). */
    record JsonDataset(String name, String title, String description, OffsetDateTime generatedAt,
                       List<OpenDataset.Column> columns, List<Map<String, Object>> rows) {
    }

    private final OpenDataService openData;
    private final Clock clock;

    OpenDataPages(OpenDataService openData, Clock clock) {
        this.openData = openData;
        this.clock = clock;
    }

    @GetMapping("/open-data")
    String catalogue(Model model) {
        model.addAttribute("datasets", openData.catalogue());
        return "portal/open-data";
    }

    @GetMapping(value = "/open-data/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        OpenDataset d = load(name);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.name() + ".csv").build().toString())
                .body(OpenDataCsv.write(d));
    }

    @GetMapping(value = "/open-data/{name}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    JsonDataset json(@PathVariable String name) {
        OpenDataset d = load(name);
        return new JsonDataset(d.name(), d.title(), d.description(), OffsetDateTime.now(clock), d.columns(), d.rows());
    }

    private OpenDataset load(String name) {
        return openData.dataset(name).orElseThrow(() -> new NotFoundException("そのオープンデータはありません"));
    }
}
