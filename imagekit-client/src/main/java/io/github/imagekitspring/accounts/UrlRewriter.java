package io.github.imagekitspring.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * How a URL endpoint rewrites another provider's URLs, discriminated by {@code type}; a type this client does not
 * know yet is read as an {@link UnknownUrlRewriter}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownUrlRewriter.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = UrlRewriter.Cloudinary.class, name = "CLOUDINARY"),
		@JsonSubTypes.Type(value = UrlRewriter.Imgix.class, name = "IMGIX"),
		@JsonSubTypes.Type(value = UrlRewriter.Akamai.class, name = "AKAMAI") })
public sealed interface UrlRewriter
		permits UrlRewriter.Cloudinary, UrlRewriter.Imgix, UrlRewriter.Akamai, UnknownUrlRewriter {

	/** The {@code type} field, such as {@code CLOUDINARY}, or a newer value. */
	@JsonProperty("type")
	String type();

	/**
	 * Rewrite Cloudinary URLs.
	 * @param preserveAssetDeliveryTypes whether to keep {@code <asset_type>/<delivery_type>} in the rewritten URL
	 * @return the rewriter
	 */
	static Cloudinary cloudinary(boolean preserveAssetDeliveryTypes) {
		return new Cloudinary(preserveAssetDeliveryTypes);
	}

	/**
	 * Rewrite Imgix URLs.
	 * @return the rewriter
	 */
	static Imgix imgix() {
		return new Imgix();
	}

	/**
	 * Rewrite Akamai URLs.
	 * @return the rewriter
	 */
	static Akamai akamai() {
		return new Akamai();
	}

	/**
	 * {@code CLOUDINARY}: rewrites Cloudinary URLs.
	 *
	 * @param preserveAssetDeliveryTypes whether to keep {@code <asset_type>/<delivery_type>} in the rewritten URL
	 * (server default false); {@code null} leaves it out of a request
	 */
	record Cloudinary(@Nullable Boolean preserveAssetDeliveryTypes) implements UrlRewriter {

		@Override
		public String type() {
			return "CLOUDINARY";
		}

	}

	/** {@code IMGIX}: rewrites Imgix URLs. */
	record Imgix() implements UrlRewriter {

		@Override
		public String type() {
			return "IMGIX";
		}

	}

	/** {@code AKAMAI}: rewrites Akamai URLs. */
	record Akamai() implements UrlRewriter {

		@Override
		public String type() {
			return "AKAMAI";
		}

	}

}
