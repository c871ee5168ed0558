package org.zhiban.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.zhiban.ZhibanTest;
import org.zhiban.knowledge.ui.KnowledgeSearchView;
import org.zhiban.ui.VaadinUser;

/** The search view and the article view as an officer uses them (Karibu-Testing, no browser). */
@ZhibanTest
class KnowledgeViewsTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        VaadinUser.logout();
    }

    @Test
    void the_officer_searches_in_plain_words_and_finds_the_fraud_article() {
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate(KnowledgeSearchView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("kb-query")), "经营者欺诈 退一赔三");
        _click(_get(Button.class, spec -> spec.withId("kb-search")));

        @SuppressWarnings("unchecked")
        Grid<KnowledgeSearch.Hit> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid).subList(0, 3)).extracting(h -> h.statute() + " " + h.articleNo())
                .contains("消费者权益保护法 第五十五条");
        assertThat(GridKt._findAll(grid).get(0).snippet()).contains("<em>");
    }

    @Test
    void the_article_view_shows_paragraphs_and_links_its_citations() {
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate("knowledge/消费者权益保护法/55");

        assertThat(_get(H2.class).getText()).contains("消费者权益保护法", "第五十五条");
        assertThat(_get(Span.class, spec -> spec.withId("kb-article-state")).getText()).isEqualTo("现行有效");
        Div text = _get(Div.class, spec -> spec.withId("kb-article-text"));
        assertThat(_find(text, RouterLink.class)).extracting(RouterLink::getText).anyMatch(t -> t.contains("第四十九条"));
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref)
                .anyMatch(href -> href.contains("knowledge/") && href.endsWith("/49"));
    }

    @Test
    void an_unknown_article_says_so() {
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate("knowledge/消费者权益保护法/999");
        assertThat(_get(H2.class).getText()).isEqualTo("条文不存在");
    }
}
