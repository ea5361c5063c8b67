package jp.kyodoflow.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list of our API: {@code ?page=0&size=50} (0-based; size 1 to {@value #MAX_SIZE},
 * default {@value #DEFAULT_SIZE}). The body stays the JSON array of the page's rows; the headers say
 * the whole: {@code X-Total-Count} and a {@code Link} to the next and previous pages (RFC 8288), so a
 * client that reads only the body sees the first page. The database does the paging, the filtering and
 * the count: a page costs the same statements whatever the table's size.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final String TOTAL_HEADER = "X-Total-Count";

    public Paging {
        if (page < 0) {
            throw new BusinessRuleException("page は 0 以上で指定してください（最初のページが 0 です）");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessRuleException("size は 1 から " + MAX_SIZE + " までで指定してください");
        }
    }

    /** The page a request asks for; missing parameters are the first page of {@value #DEFAULT_SIZE}. */
    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    /** A page of rows and the number of rows of all pages. */
    public record Page<T>(List<T> rows, long total) {

        public Page {
            rows = List.copyOf(rows);
        }

        public <R> Page<R> map(Function<? super T, ? extends R> f) {
            return new Page<>(rows.stream().<R>map(f).toList(), total);
        }

        public static <T> Page<T> of(org.springframework.data.domain.Page<T> page) {
            return new Page<>(page.getContent(), page.getTotalElements());
        }
    }

    /** The page as our API answers it: the rows as the body, the total and the links in headers. */
    public <T> ResponseEntity<List<T>> response(Page<T> result) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(TOTAL_HEADER, Long.toString(result.total()));
        String links = links(result.total());
        if (!links.isEmpty()) {
            ok.header("Link", links);
        }
        return ok.body(result.rows());
    }

    private String links(long total) {
        StringBuilder s = new StringBuilder();
        if ((long) (page + 1) * size < total) {
            s.append('<').append(uri(page + 1)).append(">; rel=\"next\"");
        }
        if (page > 0) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append('<').append(uri(page - 1)).append(">; rel=\"prev\"");
        }
        return s.toString();
    }

    private String uri(int target) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", target)
                .replaceQueryParam("size", size).build().toUriString();
    }
}
