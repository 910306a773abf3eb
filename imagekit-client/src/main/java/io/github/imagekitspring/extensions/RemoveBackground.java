package io.github.imagekitspring.extensions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code remove-bg}: background removal.
 *
 * @param options optional settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "name", "options" })
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RemoveBackground(@Nullable Options options) implements Extension {

	public static final String NAME = "remove-bg";

	@Override
	public String name() {
		return NAME;
	}

	void checkRequest() {
		if (this.options != null) {
			this.options.checkRequest();
		}
	}

	/**
	 * Options of {@code remove-bg}. In a request, {@code bgColor} and {@code bgImageUrl} exclude each other.
	 *
	 * @param addShadow whether to add an artificial shadow (server default false)
	 * @param semitransparency whether to allow semi-transparent regions (server default true)
	 * @param bgColor a solid background colour, hex or name
	 * @param bgImageUrl a background image URL
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Options(@JsonProperty("add_shadow") @Nullable Boolean addShadow,
			@JsonProperty("semitransparency") @Nullable Boolean semitransparency,
			@JsonProperty("bg_color") @Nullable String bgColor,
			@JsonProperty("bg_image_url") @Nullable String bgImageUrl) {

		/** A request rule, checked where requests are built: an answer is read as ImageKit sent it. */
		void checkRequest() {
			if (this.bgColor != null && this.bgImageUrl != null) {
				throw new IllegalArgumentException("bgColor and bgImageUrl must not both be set");
			}
		}

	}

}
