package org.crm.enlace.campaigns.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.ImageImport;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.ImageRefusedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * An adaptation's materials (its attachments): images as thumbnails, decoded and re-encoded by the specimens'
 * {@link ImageImport} so a hostile or huge file is refused rather than handed to the native decoder; any other file
 * (or an image refused) as a plain document icon with its name.
 */
public final class MaterialsView {

	static final int THUMBNAIL = 64;
	private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

	private final Table table;
	private final List<Image> images = new ArrayList<>();
	private final Image documentIcon;

	public MaterialsView(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String key : List.of("materials.name", "materials.type", "materials.size")) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.format(key));
			column.setWidth(key.equals("materials.name") ? 260 : 110);
		}
		// Rows as tall as a thumbnail: SWT sizes a table's rows from its first image.
		table.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, THUMBNAIL + 4));
		documentIcon = documentIcon();
		table.addDisposeListener(e -> {
			disposeImages();
			documentIcon.dispose();
		});
	}

	public Table control() {
		return table;
	}

	public void show(RecordRepository records, String recordId) {
		table.removeAll();
		disposeImages();
		for (Attachment attachment : records.attachments(recordId)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { attachment.name(), attachment.mediaType(),
					Messages.format("materials.bytes", attachment.size()) });
			item.setImage(thumbnail(records, attachment));
			item.setData(attachment);
		}
	}

	public void clear() {
		table.removeAll();
		disposeImages();
	}

	private Image thumbnail(RecordRepository records, Attachment attachment) {
		if (!IMAGES.contains(attachment.mediaType())) {
			return documentIcon;
		}
		try {
			byte[] png = ImageImport.png(new ImageImport(ImageLimits.DEFAULT)
					.decode(records.readAttachment(attachment.id()), THUMBNAIL));
			Image image = new Image(table.getDisplay(), new ImageData(new ByteArrayInputStream(png)));
			images.add(image);
			return image;
		} catch (ImageRefusedException e) {
			return documentIcon;
		}
	}

	/* A sheet with a folded corner, drawn rather than shipped as a file. */
	private Image documentIcon() {
		Image icon = new Image(table.getDisplay(), THUMBNAIL, THUMBNAIL);
		GC gc = new GC(icon);
		gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(0, 0, THUMBNAIL, THUMBNAIL);
		gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		int left = 14;
		int right = THUMBNAIL - 14;
		int fold = 14;
		gc.drawPolygon(new int[] { left, 4, right - fold, 4, right, 4 + fold, right, THUMBNAIL - 4, left,
				THUMBNAIL - 4 });
		gc.drawPolyline(new int[] { right - fold, 4, right - fold, 4 + fold, right, 4 + fold });
		for (int y = 26; y < THUMBNAIL - 10; y += 8) {
			gc.drawLine(left + 6, y, right - 6, y);
		}
		gc.dispose();
		return icon;
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
