package org.deputyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deputyflow.shared.persistence.LikePattern;
import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void defaults_to_the_first_page_of_twenty() {
        PageRequest request = PageRequest.of(null, null);
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
        assertThat(PageRequest.of(3, 50).offset()).isEqualTo(150);
    }

    @Test
    void refuses_negative_pages_and_sizes_outside_one_to_the_maximum() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(BadRequestException.class);
        assertThat(PageRequest.of(0, PageRequest.MAX_SIZE).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void a_page_knows_how_many_pages_there_are() {
        Page<String> page = Page.of(List.of("a", "b"), PageRequest.of(0, 2), 5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
    }

    @Test
    void like_patterns_search_wildcards_literally() {
        assertThat(LikePattern.prefix("50%_off!")).isEqualTo("50!%!_off!!%");
        assertThat(LikePattern.contains("王")).isEqualTo("%王%");
    }
}
