/** Views of this feature; exposed so the main layout can link to them. */
@org.springframework.modulith.NamedInterface("ui")
package org.zhiban.contract.ui;
