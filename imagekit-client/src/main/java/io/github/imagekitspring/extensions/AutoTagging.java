package io.github.imagekitspring.extensions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code google-auto-tagging} or {@code aws-auto-tagging}.
 *
 * @param provider which tagging service
 * @param minConfidence minimum confidence of a tag, in percent
 * @param maxTags maximum number of tags to add
 */
@JsonPropertyOrder({ "name", "minConfidence", "maxTags" })
public record AutoTagging(@JsonIgnore Provider provider, int minConfidence, int maxTags) implements Extension {

	/** Request rules, checked where requests are built: an answer is read as ImageKit sent it. */
	void checkRequest() {
		if (this.maxTags < 1) {
			throw new IllegalArgumentException("maxTags must be positive");
		}
		if (this.minConfidence < 0 || this.minConfidence > 100) {
			throw new IllegalArgumentException("minConfidence must be between 0 and 100");
		}
	}

	@Override
	public String name() {
		return this.provider.wireName();
	}

	/**
	 * The tagging service.
	 */
	public enum Provider {

		GOOGLE("google-auto-tagging"), AWS("aws-auto-tagging");

		private final String wireName;

		Provider(String wireName) {
			this.wireName = wireName;
		}

		public String wireName() {
			return this.wireName;
		}

	}

}
