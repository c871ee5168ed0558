package org.zhiban.workspace.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** The page shell: the Zhiban theme from the ui module, Chinese first; server push for answers written as they stream. */
@Push
@Theme("zhiban")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
