package io.github.imagekitspring.autoconfigure.testcontainers;

import io.github.imagekitspring.autoconfigure.ImageKitConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ImageKitConnectionDetails} from an {@link ImageKitEmulatorContainer} annotated with
 * {@code @ServiceConnection}.
 */
class ImageKitEmulatorContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<ImageKitEmulatorContainer, ImageKitConnectionDetails> {

	@Override
	protected ImageKitConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<ImageKitEmulatorContainer> source) {
		return new ContainerConnectionDetails(source);
	}

	private static final class ContainerConnectionDetails extends ContainerConnectionDetailsFactory.ContainerConnectionDetails<ImageKitEmulatorContainer>
			implements ImageKitConnectionDetails {

		private ContainerConnectionDetails(ContainerConnectionSource<ImageKitEmulatorContainer> source) {
			super(source);
		}

		@Override
		public String getPrivateKey() {
			return getContainer().getPrivateKey();
		}

		@Override
		public String getPublicKey() {
			return getContainer().getPublicKey();
		}

		@Override
		public String getApiBaseUrl() {
			return getContainer().getBaseUrl();
		}

		@Override
		public String getUploadBaseUrl() {
			return getContainer().getBaseUrl();
		}

		@Override
		public String toString() {
			return "ImageKitEmulatorContainer connection details";
		}

	}

}
