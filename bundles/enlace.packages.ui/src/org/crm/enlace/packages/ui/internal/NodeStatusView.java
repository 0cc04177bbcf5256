package org.crm.enlace.packages.ui.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.crm.enlace.packages.Certificates;
import org.crm.enlace.packages.NodeKeyFolder;
import org.crm.enlace.packages.PackageException;
import org.crm.enlace.packages.TrustList;
import org.crm.enlace.packages.TrustStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The node's exchange identity (organization, certificate fingerprint, validity) and what it trusts (the
 * Secretariat's certificate, the installed trust list's members), or what is missing, in words. A file that cannot
 * be read or no longer verifies is said so in its place.
 */
public final class NodeStatusView {

	private final Label identity;
	private final Label secretariat;
	private final Label trustList;
	private final Table members;

	public NodeStatusView(Composite parent) {
		Group node = group(parent, "group.identity");
		identity = label(node, "exchange.identity");
		Group trust = group(parent, "group.trust");
		secretariat = label(trust, "exchange.secretariat");
		trustList = label(trust, "exchange.trustList");
		members = Fields.id(new Table(trust, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "exchange.members");
		members.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(members);
		Fields.column(members, "column.organization", 120);
		Fields.column(members, "column.fingerprint", 760);
		Fields.column(members, "column.expires", 120);
	}

	public void show(Path data) {
		identity.setText(describe(() -> NodeKeyFolder.exists(data)
				? describe(NodeKeyFolder.certificate(data))
				: Messages.format("identity.none")));
		secretariat.setText(describe(() -> TrustStore.secretariat(data)
				.map(certificate -> Messages.format("trust.secretariat", Certificates.fingerprint(certificate)))
				.orElse(Messages.format("trust.noSecretariat"))));
		members.removeAll();
		trustList.setText(describe(() -> {
			Optional<TrustList> list = TrustStore.installed(data);
			list.ifPresent(this::list);
			return list.map(l -> Messages.format("trust.list", l.issuedAt().toString(), l.members().size()))
					.orElse(Messages.format("trust.noList"));
		}));
		identity.getParent().getParent().layout(true, true);
	}

	public String identity() {
		return identity.getText();
	}

	private void list(TrustList list) {
		list.members().forEach((organization, certificate) -> {
			TableItem item = new TableItem(members, SWT.NONE);
			item.setText(new String[] { organization, Certificates.fingerprint(certificate),
					day(certificate.getNotAfter()).toString() });
		});
	}

	private static String describe(X509Certificate certificate) {
		return Messages.format("identity.present", Certificates.organization(certificate).orElse("?"),
				Certificates.fingerprint(certificate), day(certificate.getNotBefore()).toString(),
				day(certificate.getNotAfter()).toString());
	}

	/* A damaged or changed file is shown as such instead of the whole part failing. */
	private static String describe(java.util.function.Supplier<String> reading) {
		try {
			return reading.get();
		} catch (PackageException e) {
			return e.getMessage();
		}
	}

	private static LocalDate day(Date date) {
		return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
	}

	private static Group group(Composite parent, String key) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format(key));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Label label(Composite parent, String id) {
		Label label = Fields.id(new Label(parent, SWT.WRAP), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
		return label;
	}
}
