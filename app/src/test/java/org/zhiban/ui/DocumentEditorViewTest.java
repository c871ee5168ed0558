package org.zhiban.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** 公文编辑器 as the drafter uses it: findings beside the text, a fix in one click, the layout preview, submit. */
@ZhibanTest
class DocumentEditorViewTest {

    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void logout() {
        VaadinUser.logout();
    }

    @Test
    void a_finding_refreshes_as_the_officer_types_and_its_fix_applies_in_one_click() {
        String caseId = Api.as(rest, "zhangsan").startDocument("示范市人民政府办公室关于报送统计数据的通知",
                "请各科室报送统计数据。");
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate("documents/" + caseId + "/edit");
        Div findings = _get(Div.class, spec -> spec.withId("editor-findings"));
        assertThat(findings.getElement().getTextRecursively()).doesNotContain("截至");

        TextArea body = _get(TextArea.class, spec -> spec.withId("field-body"));
        _setValue(body, "截止目前，请各科室报送统计数据。");
        assertThat(findings.getElement().getTextRecursively()).contains("截至");
        _click(_get(findings, Button.class, spec -> spec.withText("改为「截至」")));
        assertThat(body.getValue()).isEqualTo("截至目前，请各科室报送统计数据。");
        assertThat(findings.getElement().getTextRecursively()).doesNotContain("改为「截至」");

        _click(_get(Button.class, spec -> spec.withId("editor-preview")));
        assertThat(_find(Image.class)).as("the GB/T 9704 page images").isNotEmpty();
    }

    @Test
    void saving_keeps_a_version_and_submitting_sends_the_draft_on_to_review() {
        String caseId = Api.as(rest, "zhangsan").startDocument("示范市人民政府办公室关于调整午休时间的通知",
                "现将午休时间调整如下。");
        VaadinUser.login(context, "zhangsan");
        UI.getCurrent().navigate("documents/" + caseId + "/edit");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-body")), "现将午休时间调整为12时至13时30分。");
        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        assertThat(Api.as(rest, "zhangsan").list("/api/documents/" + caseId + "/versions")).hasSize(3);

        _click(_get(Button.class, spec -> spec.withId("editor-submit")));
        assertThat(Api.as(rest, "lisi").openTask(caseId).get("name")).isEqualTo("核稿");
    }
}
