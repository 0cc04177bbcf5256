package org.crm.enlace.packages.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.packages.PackageManifest;
import org.crm.enlace.packages.PackageManifest.AttachmentEntry;
import org.crm.enlace.packages.PackageManifest.Entry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code manifest.json}: the manifest's fields, and {@code entries}, the SHA-256 (hex) and size of every other entry
 * of the container, so that the sender's one signature over the manifest covers all of them.
 */
public final class ManifestJson {

	/** A manifest with the digests it lists. */
	public record Read(PackageManifest manifest, Map<String, String> digests) {
	}

	private ManifestJson() {
	}

	public static byte[] write(PackageManifest manifest, Map<String, byte[]> entries) {
		JsonObject json = new JsonObject();
		json.addProperty("format", PackageManifest.FORMAT);
		json.addProperty("formatVersion", manifest.formatVersion());
		json.addProperty("sender", manifest.sender());
		JsonArray recipients = new JsonArray();
		manifest.recipients().forEach(recipients::add);
		json.add("recipients", recipients);
		manifest.since().ifPresent(since -> json.addProperty("since", since.toString()));
		manifest.until().ifPresent(until -> json.addProperty("until", until.toString()));
		json.addProperty("createdAt", manifest.createdAt().toString());
		JsonArray records = new JsonArray();
		for (Entry entry : manifest.records()) {
			JsonObject record = new JsonObject();
			record.addProperty("document", entry.document());
			record.addProperty("signature", entry.signature());
			record.addProperty("id", entry.id());
			record.addProperty("owner", entry.owner());
			record.addProperty("version", entry.version());
			JsonArray attachments = new JsonArray();
			for (AttachmentEntry attachment : entry.attachments()) {
				JsonObject file = new JsonObject();
				file.addProperty("file", attachment.file());
				file.addProperty("name", attachment.name());
				file.addProperty("mediaType", attachment.mediaType());
				attachments.add(file);
			}
			record.add("attachments", attachments);
			records.add(record);
		}
		json.add("records", records);
		JsonArray digests = new JsonArray();
		entries.forEach((name, content) -> {
			JsonObject digest = new JsonObject();
			digest.addProperty("name", name);
			digest.addProperty("sha256", Digests.sha256(content));
			digest.addProperty("size", content.length);
			digests.add(digest);
		});
		json.add("entries", digests);
		return new GsonBuilder().setPrettyPrinting().create().toJson(json).getBytes(StandardCharsets.UTF_8);
	}

	/** @throws IllegalArgumentException when it is no manifest (any field missing or of the wrong kind) */
	public static Read read(byte[] bytes) {
		try {
			JsonObject json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
			if (!PackageManifest.FORMAT.equals(json.get("format").getAsString())) {
				throw new IllegalArgumentException("format");
			}
			List<String> recipients = new ArrayList<>();
			json.getAsJsonArray("recipients").forEach(recipient -> recipients.add(recipient.getAsString()));
			List<Entry> records = new ArrayList<>();
			for (JsonElement element : json.getAsJsonArray("records")) {
				JsonObject record = element.getAsJsonObject();
				List<AttachmentEntry> attachments = new ArrayList<>();
				for (JsonElement file : record.getAsJsonArray("attachments")) {
					JsonObject attachment = file.getAsJsonObject();
					attachments.add(new AttachmentEntry(attachment.get("file").getAsString(),
							attachment.get("name").getAsString(), attachment.get("mediaType").getAsString()));
				}
				records.add(new Entry(record.get("document").getAsString(), record.get("signature").getAsString(),
						record.get("id").getAsString(), record.get("owner").getAsString(),
						record.get("version").getAsInt(), attachments));
			}
			Map<String, String> digests = new LinkedHashMap<>();
			for (JsonElement element : json.getAsJsonArray("entries")) {
				JsonObject digest = element.getAsJsonObject();
				digests.put(digest.get("name").getAsString(), digest.get("sha256").getAsString());
			}
			return new Read(new PackageManifest(json.get("formatVersion").getAsString(),
					json.get("sender").getAsString(), recipients, instant(json, "since"), instant(json, "until"),
					Instant.parse(json.get("createdAt").getAsString()), records), digests);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("manifest", e);
		}
	}

	private static Optional<Instant> instant(JsonObject json, String name) {
		return json.has(name) ? Optional.of(Instant.parse(json.get(name).getAsString())) : Optional.empty();
	}
}
