package org.crm.enlace.country.gtm.internal;

import java.util.Locale;

import org.crm.enlace.core.i18n.Texts;
import org.crm.enlace.directory.DirectoryColumn;
import org.crm.enlace.directory.DirectoryRow;
import org.osgi.service.component.annotations.Component;

/**
 * Guatemala asks the directory to show, beside each country's contacts, the national alert for missing or abducted
 * children that a liaison officer should trigger or consult when a child travels with an adult who is not family
 * (work plan 1.3.2). Guatemala fills in its own; other member states add theirs with their own bundles.
 */
@Component(service = DirectoryColumn.class)
public final class ChildAlertColumn implements DirectoryColumn {

	public static final String ID = "gtm.childAlert";

	private static final Texts TEXTS = new Texts("org.crm.enlace.country.gtm.internal.messages",
			ChildAlertColumn.class);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String header(Locale locale) {
		return text("childAlert.header", locale);
	}

	@Override
	public String value(DirectoryRow row, Locale locale) {
		if (!GuatemalaAgencies.COUNTRY.equals(row.country().getCode())) {
			return "";
		}
		return text("childAlert.GTM", locale);
	}

	private static String text(String key, Locale locale) {
		return TEXTS.get(key, locale);
	}
}
