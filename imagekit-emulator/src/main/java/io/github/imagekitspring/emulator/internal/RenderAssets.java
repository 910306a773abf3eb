package io.github.imagekitspring.emulator.internal;

import java.util.Map;

import io.github.imagekitspring.emulator.internal.render.ImageRenderer;

/** What rendering looks up in the account: the files image layers use and the named transformations. */
final class RenderAssets implements ImageRenderer.Assets {

	private final EmulatorState state;

	RenderAssets(EmulatorState state) {
		this.state = state;
	}

	@Override
	public ImageRenderer.Source file(String path) {
		String filePath = path.startsWith("/") ? path : "/" + path;
		FileDelivery.Delivered file = this.state.exclusive(() -> this.state.delivery().layerFile(filePath));
		return (file != null) ? new ImageRenderer.Source(file.blobId(), file.bytes(), file.mime()) : null;
	}

	@Override
	public String named(String name) {
		return this.state.exclusive(() -> {
			for (Map<String, Object> named : this.state.accountResources().listNamedTransformations()) {
				if (name.equals(named.get("name")) && !Boolean.FALSE.equals(named.get("enabled"))) {
					return (String) named.get("transformation");
				}
			}
			return null;
		});
	}

}
