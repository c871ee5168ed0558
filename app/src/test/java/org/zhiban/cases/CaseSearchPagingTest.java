package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.ZhibanTest;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;

/**
 * Case search reads a department's own cases and those it took part in as two lists merged page by page; every page
 * must be the slice of the one ordered list, whatever the sort, and the total their sum.
 */
@ZhibanTest
class CaseSearchPagingTest {

    static final String ME = "paging-me";
    static final String OTHER = "paging-other";

    @Autowired JdbcClient jdbc;
    @Autowired CaseSearch search;

    final ZhibanUser officer = new ZhibanUser("paging-officer", "分页", ME, ME, Set.of(Role.OFFICER));
    final List<CaseSearch.Hit> visible = new ArrayList<>();

    @BeforeEach
    void cases() {
        jdbc.sql("delete from case_participant where department in (:d)").param("d", List.of(ME, OTHER)).update();
        jdbc.sql("delete from case_file where department in (:d)").param("d", List.of(ME, OTHER)).update();
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < 23; i++) {
            // interleaved in time, some created at the same instant so the tie-break by case id matters
            boolean mine = i % 3 != 0;
            String id = "PG-" + (char) ('A' + (i * 7) % 23) + i;
            Instant created = t0.plusSeconds(60L * (i / 2));
            String title = "paging " + (char) ('a' + (i * 5) % 23);
            insert(id, mine ? ME : OTHER, title, created);
            if (!mine && i % 2 == 1) {
                jdbc.sql("insert into case_participant (department, case_id, case_created_at) values (:d, :id, :t)")
                        .param("d", ME).param("id", id).param("t", Timestamp.from(created)).update();
            }
            if (mine || i % 2 == 1) {
                visible.add(new CaseSearch.Hit(id, "paging", title, "running", mine ? ME : OTHER, created));
            }
        }
    }

    private void insert(String id, String department, String title, Instant created) {
        jdbc.sql("insert into case_file (case_id, case_type, process_key, department, initiator, title, created_at) "
                        + "values (:id, 'paging', 'none', :d, 'someone', :title, :t)")
                .param("id", id).param("d", department).param("title", title).param("t", Timestamp.from(created))
                .update();
    }

    @Test
    void every_page_is_a_slice_of_the_whole_ordered_list() {
        assertThat(visible).hasSizeGreaterThan(17);
        Comparator<CaseSearch.Hit> byId = Comparator.comparing(CaseSearch.Hit::caseId);
        check("created", false, Comparator.comparing(CaseSearch.Hit::created).reversed().thenComparing(byId));
        check("created", true, Comparator.comparing(CaseSearch.Hit::created).thenComparing(byId));
        check("title", true, Comparator.comparing(CaseSearch.Hit::title).thenComparing(byId));
        check("caseId", false, byId.reversed());
    }

    @Test
    void criteria_apply_to_both_lists() {
        CaseSearch.Page owned = search.search(officer, criteria("created", false, 0, 100, OTHER));
        assertThat(owned.items()).extracting(CaseSearch.Hit::department).containsOnly(OTHER);
        assertThat(owned.total()).isEqualTo(visible.stream().filter(h -> h.department().equals(OTHER)).count())
                .isEqualTo(owned.items().size());
    }

    private void check(String sort, boolean ascending, Comparator<CaseSearch.Hit> order) {
        List<String> expected = visible.stream().sorted(order).map(CaseSearch.Hit::caseId).toList();
        for (int size : new int[] {1, 4, 7, 100}) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * size < expected.size() + size; page++) {
                CaseSearch.Page p = search.search(officer, criteria(sort, ascending, page, size, null));
                assertThat(p.total()).isEqualTo(expected.size());
                paged.addAll(p.items().stream().map(CaseSearch.Hit::caseId).toList());
            }
            assertThat(paged).as("sort %s %s, page size %d", sort, ascending ? "asc" : "desc", size)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static CaseSearch.Criteria criteria(String sort, boolean ascending, int page, int size, String department) {
        // no type: every case these departments have is this test's, and the count without criteria is the one tried
        return new CaseSearch.Criteria(null, null, department, null, null, null, page, size, sort, ascending);
    }
}
