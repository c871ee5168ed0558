/**
 * Small shared pieces every feature may use: problem responses for the API, UI helpers. Open module: its
 * sub-packages are usable by all features.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhiban.shared;
