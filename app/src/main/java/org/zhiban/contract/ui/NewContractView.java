package org.zhiban.contract.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.zhiban.contract.ContractIntake;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Notifications;

/**
 * 合同审查 · 上传: the contract (DOCX, PDF, OFD, or a scan as PDF/JPG/PNG) and, for a procurement, its 中标通知书;
 * the review runs at once and the case opens on its findings. 会审 tasks reach 法务, 财务 and 业务.
 */
@Route("contracts/new")
@Menu(order = 4, icon = "vaadin:file-text-o", title = "nav.contracts.new")
@RolesAllowed(Role.Names.OFFICER)
public class NewContractView extends VerticalLayout implements HasDynamicTitle {

    private String contractName;
    private byte[] contract;
    private String awardName;
    private byte[] award;

    public NewContractView(ContractIntake intake) {
        setMaxWidth("60rem");
        UI ui = UI.getCurrent();
        TextField title = new TextField("合同名称（可不填，默认取合同标题）");
        title.setWidthFull();
        title.setId("contract-title");
        Span contractState = new Span("尚未选择合同文件");
        Upload contractUpload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
            contractName = meta.fileName();
            contract = data;
            contractState.setText("合同文件：" + meta.fileName());
        })));
        contractUpload.setId("contract-file");
        contractUpload.setMaxFiles(1);
        Span awardState = new Span("（可选）政府采购项目请同时上传中标/成交通知书，用于一致性检查");
        Upload awardUpload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> {
            awardName = meta.fileName();
            award = data;
            awardState.setText("中标通知书：" + meta.fileName());
        })));
        awardUpload.setId("contract-award");
        awardUpload.setMaxFiles(1);
        Button start = new Button("上传并审查");
        start.setId("contract-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            if (contract == null) {
                Notifications.error("请先选择合同文件");
                return;
            }
            Notifications.attempt(() -> {
                ContractIntake.Opened opened = intake.open(CurrentUser.get(), title.getValue(), contractName, contract,
                        awardName, award);
                Notifications.success("已受理并完成自动审查：" + opened.caseId()
                        + (opened.sameFileIn().isEmpty() ? "" : "（此文件曾在 " + String.join("、", opened.sameFileIn())
                        + " 上传过）"));
                ui.navigate("cases/" + opened.caseId());
            });
        });
        add(new H2("合同审查"), new Paragraph("上传合同后系统立即按规则（民法典、政府采购法及其实施条例、保障中小企业款项支付条例等）"
                        + "逐条审查，结果交法务、财务、业务会审，再由领导签批。文件加密存储，哈希上链存证。支持 DOCX、PDF、OFD 及扫描件（JPG、PNG、扫描 PDF）。"),
                title, contractUpload, contractState, awardUpload, awardState, start);
    }

    @Override
    public String getPageTitle() {
        return "合同审查 · " + getTranslation("app.name");
    }
}
