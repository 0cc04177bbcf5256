package org.crm.enlace.campaigns.ui;

import java.util.Locale;

import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * An adaptation's channels as a checked list in the user's language (a list of enumeration values, which
 * {@link AttributeForm} does not edit); checking or unchecking one is an undoable command.
 */
final class ChannelsPicker {

	private final Table table;
	private final NationalAdaptation adaptation;

	/** @param parent a composite with a two-column grid layout */
	ChannelsPicker(Composite parent, EditingDomain domain, NationalAdaptation adaptation, String id) {
		this.adaptation = adaptation;
		new Label(parent, SWT.NONE).setText(RecordNames.attribute(Literals.NATIONAL_ADAPTATION__CHANNELS,
				Locale.getDefault()));
		table = new Table(parent, SWT.CHECK | SWT.BORDER);
		table.setData(AttributeForm.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(table);
		for (Channel channel : Channel.VALUES) {
			new TableItem(table, SWT.NONE).setText(RecordNames.literal(Literals.CHANNEL, channel, Locale.getDefault()));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				TableItem item = (TableItem) e.item;
				Channel channel = Channel.VALUES.get(table.indexOf(item));
				domain.getCommandStack().execute(item.getChecked()
						? AddCommand.create(domain, adaptation, Literals.NATIONAL_ADAPTATION__CHANNELS, channel)
						: RemoveCommand.create(domain, adaptation, Literals.NATIONAL_ADAPTATION__CHANNELS, channel));
			}
		});
		showModel();
	}

	void showModel() {
		for (int i = 0; i < Channel.VALUES.size(); i++) {
			table.getItem(i).setChecked(adaptation.getChannels().contains(Channel.VALUES.get(i)));
		}
	}
}
