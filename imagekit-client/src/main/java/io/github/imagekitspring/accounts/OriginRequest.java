package io.github.imagekitspring.accounts;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.internal.http.Arguments;

/**
 * An origin to create or replace ({@code POST /v1/accounts/origins}, {@code PUT /v1/accounts/origins/{id}}),
 * discriminated by {@code type}. Every variant checks its fields when built. Variants that hold credentials leave
 * them out of {@code toString()}.
 *
 * <p>Common fields: {@code name} (1 to 100 letters, digits or spaces), {@code includeCanonicalHeader} (whether to
 * send a canonical {@code Link} header, server default false) and {@code baseUrlForCanonicalHeader}. Optional
 * fields left {@code null} are not sent, so ImageKit's defaults apply. The factory methods take the required
 * fields; the canonical constructors take them all.
 */
public sealed interface OriginRequest permits OriginRequest.S3, OriginRequest.S3Compatible,
		OriginRequest.CloudinaryBackup, OriginRequest.WebFolder, OriginRequest.WebProxy, OriginRequest.Gcs,
		OriginRequest.AzureBlob, OriginRequest.AkeneoPim {

	/** The {@code type} field, such as {@code S3}. */
	@JsonProperty("type")
	String type();

	/** The display name. */
	String name();

	/**
	 * An Amazon S3 bucket reached with access keys.
	 * @param name the display name
	 * @param bucket the bucket
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @return the origin
	 */
	static S3 s3(String name, String bucket, String accessKey, String secretKey) {
		return new S3(name, bucket, null, accessKey, secretKey, null, null, null);
	}

	/**
	 * An Amazon S3 bucket reached through ImageKit's IAM role; the keys are sent empty, as ImageKit asks.
	 * @param name the display name
	 * @param bucket the bucket
	 * @return the origin
	 */
	static S3 s3WithIamRole(String name, String bucket) {
		return new S3(name, bucket, null, "", "", true, null, null);
	}

	/**
	 * A bucket of an S3-compatible store.
	 * @param name the display name
	 * @param bucket the bucket
	 * @param endpoint the store's endpoint
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @return the origin
	 */
	static S3Compatible s3Compatible(String name, String bucket, URI endpoint, String accessKey, String secretKey) {
		return new S3Compatible(name, bucket, null, endpoint, accessKey, secretKey, null, null, null);
	}

	/**
	 * The S3 bucket of a Cloudinary backup.
	 * @param name the display name
	 * @param bucket the bucket
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @return the origin
	 */
	static CloudinaryBackup cloudinaryBackup(String name, String bucket, String accessKey, String secretKey) {
		return new CloudinaryBackup(name, bucket, null, accessKey, secretKey, null, null, null);
	}

	/**
	 * Files fetched from a web server under a base URL.
	 * @param name the display name
	 * @param baseUrl the root URL of the files
	 * @return the origin
	 */
	static WebFolder webFolder(String name, URI baseUrl) {
		return new WebFolder(name, baseUrl, null, null, null);
	}

	/**
	 * Any public URL, given in full in the delivery URL.
	 * @param name the display name
	 * @return the origin
	 */
	static WebProxy webProxy(String name) {
		return new WebProxy(name, null, null);
	}

	/**
	 * A Google Cloud Storage bucket reached with a service account.
	 * @param name the display name
	 * @param bucket the bucket
	 * @param clientEmail the service account's e-mail address
	 * @param privateKey the service account's private key
	 * @return the origin
	 */
	static Gcs gcs(String name, String bucket, String clientEmail, String privateKey) {
		return new Gcs(name, bucket, null, clientEmail, privateKey, null, null);
	}

	/**
	 * An Azure Blob Storage container reached with a SAS token.
	 * @param name the display name
	 * @param container the container
	 * @param accountName the storage account
	 * @param sasToken the shared access signature
	 * @return the origin
	 */
	static AzureBlob azureBlob(String name, String container, String accountName, String sasToken) {
		return new AzureBlob(name, container, null, accountName, sasToken, null, null);
	}

	/**
	 * An Akeneo PIM instance.
	 * @param name the display name
	 * @param baseUrl the instance's base URL
	 * @param clientId the API client id
	 * @param clientSecret the API client secret
	 * @param username the API user
	 * @param password the API user's password
	 * @return the origin
	 */
	static AkeneoPim akeneoPim(String name, URI baseUrl, String clientId, String clientSecret, String username,
			String password) {
		return new AkeneoPim(name, baseUrl, clientId, clientSecret, username, password, null, null);
	}

	/**
	 * {@code S3}: an Amazon S3 bucket.
	 *
	 * @param name the display name
	 * @param bucket the bucket, 1 to 100 characters
	 * @param prefix a path prefix inside the bucket, up to 100 characters
	 * @param accessKey the access key id; empty when {@code useIamRole} is true
	 * @param secretKey the secret access key; empty when {@code useIamRole} is true
	 * @param useIamRole whether to authenticate with ImageKit's IAM role instead of keys
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record S3(String name, String bucket, @Nullable String prefix, String accessKey, String secretKey,
			@JsonProperty("useIAMRole") @Nullable Boolean useIamRole, @Nullable Boolean includeCanonicalHeader,
			@Nullable URI baseUrlForCanonicalHeader) implements OriginRequest {

		public S3 {
			OriginChecks.checkName(name);
			OriginChecks.checkBucket(bucket, "bucket", prefix);
			OriginChecks.checkKeys(accessKey, secretKey, Boolean.TRUE.equals(useIamRole));
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "S3";
		}

		@Override
		public String toString() {
			return "OriginRequest.S3[name=" + this.name + ", bucket=" + this.bucket + ", prefix=" + this.prefix
					+ ", accessKey=<hidden>, secretKey=<hidden>, useIamRole=" + this.useIamRole + "]";
		}

	}

	/**
	 * {@code S3_COMPATIBLE}: a bucket of an S3-compatible store.
	 *
	 * @param name the display name
	 * @param bucket the bucket, 1 to 100 characters
	 * @param prefix a path prefix inside the bucket, up to 100 characters
	 * @param endpoint the store's endpoint
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @param s3ForcePathStyle whether to use path-style URLs
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record S3Compatible(String name, String bucket, @Nullable String prefix, URI endpoint, String accessKey,
			String secretKey, @Nullable Boolean s3ForcePathStyle, @Nullable Boolean includeCanonicalHeader,
			@Nullable URI baseUrlForCanonicalHeader) implements OriginRequest {

		public S3Compatible {
			OriginChecks.checkName(name);
			OriginChecks.checkBucket(bucket, "bucket", prefix);
			OriginChecks.checkUrl(endpoint, "endpoint");
			OriginChecks.checkKeys(accessKey, secretKey, false);
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "S3_COMPATIBLE";
		}

		@Override
		public String toString() {
			return "OriginRequest.S3Compatible[name=" + this.name + ", bucket=" + this.bucket + ", prefix="
					+ this.prefix + ", endpoint=" + this.endpoint + ", accessKey=<hidden>, secretKey=<hidden>]";
		}

	}

	/**
	 * {@code CLOUDINARY_BACKUP}: the S3 bucket of a Cloudinary backup.
	 *
	 * @param name the display name
	 * @param bucket the bucket, 1 to 100 characters
	 * @param prefix a path prefix inside the bucket, up to 100 characters
	 * @param accessKey the access key id; empty when {@code useIamRole} is true
	 * @param secretKey the secret access key; empty when {@code useIamRole} is true
	 * @param useIamRole whether to authenticate with ImageKit's IAM role instead of keys
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record CloudinaryBackup(String name, String bucket, @Nullable String prefix, String accessKey, String secretKey,
			@JsonProperty("useIAMRole") @Nullable Boolean useIamRole, @Nullable Boolean includeCanonicalHeader,
			@Nullable URI baseUrlForCanonicalHeader) implements OriginRequest {

		public CloudinaryBackup {
			OriginChecks.checkName(name);
			OriginChecks.checkBucket(bucket, "bucket", prefix);
			OriginChecks.checkKeys(accessKey, secretKey, Boolean.TRUE.equals(useIamRole));
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "CLOUDINARY_BACKUP";
		}

		@Override
		public String toString() {
			return "OriginRequest.CloudinaryBackup[name=" + this.name + ", bucket=" + this.bucket + ", prefix="
					+ this.prefix + ", accessKey=<hidden>, secretKey=<hidden>, useIamRole="
					+ this.useIamRole + "]";
		}

	}

	/**
	 * {@code WEB_FOLDER}: files fetched from a web server under a base URL.
	 *
	 * @param name the display name
	 * @param baseUrl the root URL of the files
	 * @param forwardHostHeaderToOrigin whether to forward the {@code Host} header
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record WebFolder(String name, URI baseUrl, @Nullable Boolean forwardHostHeaderToOrigin,
			@Nullable Boolean includeCanonicalHeader, @Nullable URI baseUrlForCanonicalHeader)
			implements OriginRequest {

		public WebFolder {
			OriginChecks.checkName(name);
			OriginChecks.checkUrl(baseUrl, "baseUrl");
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "WEB_FOLDER";
		}

	}

	/**
	 * {@code WEB_PROXY}: any public URL, given in full in the delivery URL.
	 *
	 * @param name the display name
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record WebProxy(String name, @Nullable Boolean includeCanonicalHeader, @Nullable URI baseUrlForCanonicalHeader)
			implements OriginRequest {

		public WebProxy {
			OriginChecks.checkName(name);
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "WEB_PROXY";
		}

	}

	/**
	 * {@code GCS}: a Google Cloud Storage bucket, reached with a service account.
	 *
	 * @param name the display name
	 * @param bucket the bucket, 1 to 100 characters
	 * @param prefix a path prefix inside the bucket, up to 100 characters
	 * @param clientEmail the service account's e-mail address
	 * @param privateKey the service account's private key
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record Gcs(String name, String bucket, @Nullable String prefix, String clientEmail, String privateKey,
			@Nullable Boolean includeCanonicalHeader, @Nullable URI baseUrlForCanonicalHeader)
			implements OriginRequest {

		public Gcs {
			OriginChecks.checkName(name);
			OriginChecks.checkBucket(bucket, "bucket", prefix);
			OriginChecks.checkEmail(clientEmail);
			Arguments.requireText(privateKey, "privateKey");
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "GCS";
		}

		@Override
		public String toString() {
			return "OriginRequest.Gcs[name=" + this.name + ", bucket=" + this.bucket + ", prefix=" + this.prefix
					+ ", clientEmail=" + this.clientEmail + ", privateKey=<hidden>]";
		}

	}

	/**
	 * {@code AZURE_BLOB}: an Azure Blob Storage container, reached with a SAS token.
	 *
	 * @param name the display name
	 * @param container the container, 1 to 100 characters
	 * @param prefix a path prefix inside the container, up to 100 characters
	 * @param accountName the storage account, 1 to 100 characters
	 * @param sasToken the shared access signature
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record AzureBlob(String name, String container, @Nullable String prefix, String accountName, String sasToken,
			@Nullable Boolean includeCanonicalHeader, @Nullable URI baseUrlForCanonicalHeader)
			implements OriginRequest {

		public AzureBlob {
			OriginChecks.checkName(name);
			OriginChecks.checkBucket(container, "container", prefix);
			OriginChecks.checkShortText(accountName, "accountName");
			Arguments.requireText(sasToken, "sasToken");
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "AZURE_BLOB";
		}

		@Override
		public String toString() {
			return "OriginRequest.AzureBlob[name=" + this.name + ", container=" + this.container + ", prefix="
					+ this.prefix + ", accountName=" + this.accountName + ", sasToken=<hidden>]";
		}

	}

	/**
	 * {@code AKENEO_PIM}: an Akeneo PIM instance.
	 *
	 * @param name the display name
	 * @param baseUrl the instance's base URL
	 * @param clientId the API client id
	 * @param clientSecret the API client secret
	 * @param username the API user
	 * @param password the API user's password
	 * @param includeCanonicalHeader whether to send a canonical header
	 * @param baseUrlForCanonicalHeader the base URL of the canonical header
	 */
	record AkeneoPim(String name, URI baseUrl, String clientId, String clientSecret, String username, String password,
			@Nullable Boolean includeCanonicalHeader, @Nullable URI baseUrlForCanonicalHeader)
			implements OriginRequest {

		public AkeneoPim {
			OriginChecks.checkName(name);
			OriginChecks.checkUrl(baseUrl, "baseUrl");
			OriginChecks.checkShortText(clientId, "clientId");
			OriginChecks.checkShortText(clientSecret, "clientSecret");
			OriginChecks.checkShortText(username, "username");
			OriginChecks.checkShortText(password, "password");
			OriginChecks.checkCanonical(baseUrlForCanonicalHeader);
		}

		@Override
		public String type() {
			return "AKENEO_PIM";
		}

		@Override
		public String toString() {
			return "OriginRequest.AkeneoPim[name=" + this.name + ", baseUrl=" + this.baseUrl + ", clientId="
					+ this.clientId + ", clientSecret=<hidden>, username=" + this.username + ", password=<hidden>]";
		}

	}

}
