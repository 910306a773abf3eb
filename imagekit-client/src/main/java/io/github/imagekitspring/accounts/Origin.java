package io.github.imagekitspring.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * An origin as ImageKit returns it (credentials removed), discriminated by {@code type}; a type this client does
 * not know yet is read as an {@link UnknownOrigin}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownOrigin.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = Origin.S3.class, name = "S3"),
		@JsonSubTypes.Type(value = Origin.S3Compatible.class, name = "S3_COMPATIBLE"),
		@JsonSubTypes.Type(value = Origin.CloudinaryBackup.class, name = "CLOUDINARY_BACKUP"),
		@JsonSubTypes.Type(value = Origin.WebFolder.class, name = "WEB_FOLDER"),
		@JsonSubTypes.Type(value = Origin.WebProxy.class, name = "WEB_PROXY"),
		@JsonSubTypes.Type(value = Origin.Gcs.class, name = "GCS"),
		@JsonSubTypes.Type(value = Origin.AzureBlob.class, name = "AZURE_BLOB"),
		@JsonSubTypes.Type(value = Origin.AkeneoPim.class, name = "AKENEO_PIM") })
public sealed interface Origin permits Origin.S3, Origin.S3Compatible, Origin.CloudinaryBackup, Origin.WebFolder,
		Origin.WebProxy, Origin.Gcs, Origin.AzureBlob, Origin.AkeneoPim, UnknownOrigin {

	/** The {@code type} field, such as {@code S3}, or a newer value. */
	String type();

	/** The id ImageKit gave the origin. */
	String id();

	/** The display name. */
	String name();

	/**
	 * {@code S3}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param bucket the bucket
	 * @param prefix the path prefix inside the bucket
	 * @param useIamRole whether ImageKit's IAM role is used instead of keys
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record S3(String id, String name, String bucket, @Nullable String prefix,
			@JsonProperty("useIAMRole") boolean useIamRole, boolean includeCanonicalHeader,
			@Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "S3";
		}

	}

	/**
	 * {@code S3_COMPATIBLE}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param bucket the bucket
	 * @param prefix the path prefix inside the bucket
	 * @param endpoint the store's endpoint
	 * @param s3ForcePathStyle whether path-style URLs are used
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record S3Compatible(String id, String name, String bucket, @Nullable String prefix, String endpoint,
			boolean s3ForcePathStyle, boolean includeCanonicalHeader, @Nullable String baseUrlForCanonicalHeader)
			implements Origin {

		@Override
		public String type() {
			return "S3_COMPATIBLE";
		}

	}

	/**
	 * {@code CLOUDINARY_BACKUP}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param bucket the bucket
	 * @param prefix the path prefix inside the bucket
	 * @param useIamRole whether ImageKit's IAM role is used instead of keys
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record CloudinaryBackup(String id, String name, String bucket, @Nullable String prefix,
			@JsonProperty("useIAMRole") boolean useIamRole, boolean includeCanonicalHeader,
			@Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "CLOUDINARY_BACKUP";
		}

	}

	/**
	 * {@code WEB_FOLDER}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param baseUrl the root URL of the files
	 * @param forwardHostHeaderToOrigin whether the {@code Host} header is forwarded
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record WebFolder(String id, String name, String baseUrl, boolean forwardHostHeaderToOrigin,
			boolean includeCanonicalHeader, @Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "WEB_FOLDER";
		}

	}

	/**
	 * {@code WEB_PROXY}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record WebProxy(String id, String name, boolean includeCanonicalHeader,
			@Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "WEB_PROXY";
		}

	}

	/**
	 * {@code GCS}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param bucket the bucket
	 * @param prefix the path prefix inside the bucket
	 * @param clientEmail the service account's e-mail address
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record Gcs(String id, String name, String bucket, @Nullable String prefix, String clientEmail,
			boolean includeCanonicalHeader, @Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "GCS";
		}

	}

	/**
	 * {@code AZURE_BLOB}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param container the container
	 * @param prefix the path prefix inside the container
	 * @param accountName the storage account
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record AzureBlob(String id, String name, String container, @Nullable String prefix, String accountName,
			boolean includeCanonicalHeader, @Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "AZURE_BLOB";
		}

	}

	/**
	 * {@code AKENEO_PIM}.
	 *
	 * @param id the id
	 * @param name the display name
	 * @param baseUrl the instance's base URL
	 * @param includeCanonicalHeader whether a canonical header is sent
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record AkeneoPim(String id, String name, String baseUrl, boolean includeCanonicalHeader,
			@Nullable String baseUrlForCanonicalHeader) implements Origin {

		@Override
		public String type() {
			return "AKENEO_PIM";
		}

	}

}
