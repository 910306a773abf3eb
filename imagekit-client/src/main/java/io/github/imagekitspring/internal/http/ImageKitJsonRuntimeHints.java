package io.github.imagekitspring.internal.http;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.imagekitspring.ImageKitPage;
import io.github.imagekitspring.accounts.Origin;
import io.github.imagekitspring.accounts.OriginRequest;
import io.github.imagekitspring.accounts.UnknownOrigin;
import io.github.imagekitspring.accounts.UnknownUrlRewriter;
import io.github.imagekitspring.accounts.UrlEndpoint;
import io.github.imagekitspring.accounts.UrlEndpointRequest;
import io.github.imagekitspring.accounts.UrlRewriter;
import io.github.imagekitspring.accounts.Usage;
import io.github.imagekitspring.accounts.UsageAnalytics;
import io.github.imagekitspring.cache.PurgeRequest;
import io.github.imagekitspring.cache.PurgeState;
import io.github.imagekitspring.cache.PurgeStatus;
import io.github.imagekitspring.custommetadata.CreateCustomMetadataFieldRequest;
import io.github.imagekitspring.custommetadata.CustomMetadataField;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldSchema;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldType;
import io.github.imagekitspring.custommetadata.ListCustomMetadataFieldsRequest;
import io.github.imagekitspring.custommetadata.UpdateCustomMetadataFieldRequest;
import io.github.imagekitspring.extensions.AiAutoDescription;
import io.github.imagekitspring.extensions.AiTask;
import io.github.imagekitspring.extensions.AiTaskAction;
import io.github.imagekitspring.extensions.AiTasks;
import io.github.imagekitspring.extensions.AutoTagging;
import io.github.imagekitspring.extensions.Extension;
import io.github.imagekitspring.extensions.RemoveBackground;
import io.github.imagekitspring.extensions.SavedExtensionReference;
import io.github.imagekitspring.extensions.UnknownExtension;
import io.github.imagekitspring.files.AITag;
import io.github.imagekitspring.files.Asset;
import io.github.imagekitspring.files.AssetSort;
import io.github.imagekitspring.files.AssetType;
import io.github.imagekitspring.files.BulkDeleteResult;
import io.github.imagekitspring.files.BulkFileError;
import io.github.imagekitspring.files.BulkTagResult;
import io.github.imagekitspring.files.CopyFileRequest;
import io.github.imagekitspring.files.FileDetails;
import io.github.imagekitspring.files.FileTypeFilter;
import io.github.imagekitspring.files.FolderDetails;
import io.github.imagekitspring.files.ListFilesRequest;
import io.github.imagekitspring.files.MoveFileRequest;
import io.github.imagekitspring.files.RenameFileRequest;
import io.github.imagekitspring.files.RenameFileResult;
import io.github.imagekitspring.files.UnknownAsset;
import io.github.imagekitspring.files.UpdateFileRequest;
import io.github.imagekitspring.files.VersionInfo;
import io.github.imagekitspring.folders.BulkJob;
import io.github.imagekitspring.folders.BulkJobStarted;
import io.github.imagekitspring.folders.BulkJobStatus;
import io.github.imagekitspring.folders.BulkJobType;
import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.folders.MoveFolderRequest;
import io.github.imagekitspring.folders.RenameFolderRequest;
import io.github.imagekitspring.metadata.Exif;
import io.github.imagekitspring.metadata.ExifDetails;
import io.github.imagekitspring.metadata.ExifGps;
import io.github.imagekitspring.metadata.ExifImage;
import io.github.imagekitspring.metadata.ExifInteroperability;
import io.github.imagekitspring.metadata.ExifThumbnail;
import io.github.imagekitspring.metadata.Metadata;
import io.github.imagekitspring.namedtransformations.CreateNamedTransformationRequest;
import io.github.imagekitspring.namedtransformations.NamedTransformation;
import io.github.imagekitspring.namedtransformations.UpdateNamedTransformationRequest;
import io.github.imagekitspring.savedextensions.CreateSavedExtensionRequest;
import io.github.imagekitspring.savedextensions.SavedExtension;
import io.github.imagekitspring.savedextensions.UpdateSavedExtensionRequest;
import io.github.imagekitspring.upload.PreTransformQueued;
import io.github.imagekitspring.upload.ResponseField;
import io.github.imagekitspring.upload.UploadAuthParameters;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadResult;
import io.github.imagekitspring.upload.UploadTransformation;
import io.github.imagekitspring.upload.UploadedFile;
import io.github.imagekitspring.urls.Transformation;
import io.github.imagekitspring.urls.TransformationPosition;
import io.github.imagekitspring.urls.UrlRequest;
import io.github.imagekitspring.webhooks.FailedTransformation;
import io.github.imagekitspring.webhooks.FileCreatedEvent;
import io.github.imagekitspring.webhooks.FileDeletedEvent;
import io.github.imagekitspring.webhooks.FileUpdatedEvent;
import io.github.imagekitspring.webhooks.FileVersionCreatedEvent;
import io.github.imagekitspring.webhooks.FileVersionDeletedEvent;
import io.github.imagekitspring.webhooks.TransformationError;
import io.github.imagekitspring.webhooks.UnknownWebhookEvent;
import io.github.imagekitspring.webhooks.UploadPostTransformErrorEvent;
import io.github.imagekitspring.webhooks.UploadPostTransformSuccessEvent;
import io.github.imagekitspring.webhooks.UploadPreTransformErrorEvent;
import io.github.imagekitspring.webhooks.UploadPreTransformSuccessEvent;
import io.github.imagekitspring.webhooks.VideoTransformationAcceptedEvent;
import io.github.imagekitspring.webhooks.VideoTransformationData;
import io.github.imagekitspring.webhooks.VideoTransformationErrorEvent;
import io.github.imagekitspring.webhooks.VideoTransformationReadyEvent;
import io.github.imagekitspring.webhooks.VideoTransformationRequest;
import io.github.imagekitspring.webhooks.WebhookEvent;
import io.github.imagekitspring.webhooks.WebhookFile;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Reflection hints for every type the client reads or writes with {@link ImageKitJson}, so that an AOT-processed
 * or native application can call ImageKit: Spring's binding hints (record components, accessors, constructors and
 * the classes Jackson annotations name) for each model type and, since Jackson picks a sealed type's subtype by
 * name, for every permitted subtype. Registered in {@code META-INF/spring/aot.factories}.
 */
final class ImageKitJsonRuntimeHints implements RuntimeHintsRegistrar {

	/** The request and response types of the public API; their components and subtypes are found from them. */
	static final List<Class<?>> MODEL_TYPES = List.of(
			ImageKitPage.class, Origin.class, OriginRequest.class, UnknownOrigin.class, UnknownUrlRewriter.class,
			UrlEndpoint.class, UrlEndpointRequest.class, UrlRewriter.class, Usage.class, UsageAnalytics.class,
			PurgeRequest.class, PurgeState.class, PurgeStatus.class, CreateCustomMetadataFieldRequest.class,
			CustomMetadataField.class, CustomMetadataFieldSchema.class, CustomMetadataFieldType.class,
			ListCustomMetadataFieldsRequest.class, UpdateCustomMetadataFieldRequest.class, AiAutoDescription.class,
			AiTask.class, AiTaskAction.class, AiTasks.class, AutoTagging.class, Extension.class,
			RemoveBackground.class, SavedExtensionReference.class, UnknownExtension.class, AITag.class,
			Asset.class, AssetSort.class, AssetType.class, BulkDeleteResult.class, BulkFileError.class,
			BulkTagResult.class, CopyFileRequest.class, FileDetails.class, FileTypeFilter.class,
			FolderDetails.class, ListFilesRequest.class, MoveFileRequest.class, RenameFileRequest.class,
			RenameFileResult.class, UnknownAsset.class, UpdateFileRequest.class, VersionInfo.class, BulkJob.class,
			BulkJobStarted.class, BulkJobStatus.class, BulkJobType.class, CopyFolderRequest.class,
			CreateFolderRequest.class, MoveFolderRequest.class, RenameFolderRequest.class, Exif.class,
			ExifDetails.class, ExifGps.class, ExifImage.class, ExifInteroperability.class, ExifThumbnail.class,
			Metadata.class, CreateNamedTransformationRequest.class, NamedTransformation.class,
			UpdateNamedTransformationRequest.class, CreateSavedExtensionRequest.class, SavedExtension.class,
			UpdateSavedExtensionRequest.class, PreTransformQueued.class, ResponseField.class,
			UploadAuthParameters.class, UploadRequest.class, UploadResult.class, UploadTransformation.class,
			UploadedFile.class, Transformation.class, TransformationPosition.class, UrlRequest.class,
			FailedTransformation.class, FileCreatedEvent.class, FileDeletedEvent.class, FileUpdatedEvent.class,
			FileVersionCreatedEvent.class, FileVersionDeletedEvent.class, TransformationError.class,
			UnknownWebhookEvent.class, UploadPostTransformErrorEvent.class, UploadPostTransformSuccessEvent.class,
			UploadPreTransformErrorEvent.class, UploadPreTransformSuccessEvent.class,
			VideoTransformationAcceptedEvent.class, VideoTransformationData.class,
			VideoTransformationErrorEvent.class, VideoTransformationReadyEvent.class,
			VideoTransformationRequest.class, WebhookEvent.class, WebhookFile.class);

	private static final String PACKAGE = "io.github.imagekitspring.";

	/** Types read inside the client that the public API does not show. */
	static final List<String> INTERNAL_TYPES = List
		.of("io.github.imagekitspring.internal.client.FileClient$RenameAnswer");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		Deque<Class<?>> pending = new ArrayDeque<>(MODEL_TYPES);
		INTERNAL_TYPES.forEach((name) -> pending.add(ClassUtils.resolveClassName(name, classLoader)));
		Set<Class<?>> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			Class<?> type = pending.poll();
			if (!seen.add(type)) {
				continue;
			}
			binding.registerReflectionHints(hints.reflection(), type);
			if (type.isSealed()) {
				pending.addAll(List.of(type.getPermittedSubclasses()));
			}
			// Sealed types inside components, whose subtypes the binding hints do not follow.
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					addOwnTypes(ResolvableType.forType(component.getGenericType()), pending);
				}
			}
		}
	}

	private static void addOwnTypes(ResolvableType type, Deque<Class<?>> pending) {
		Class<?> resolved = type.isArray() ? type.getComponentType().resolve() : type.resolve();
		if (resolved != null && resolved.getName().startsWith(PACKAGE)) {
			pending.add(resolved);
		}
		for (ResolvableType generic : type.getGenerics()) {
			addOwnTypes(generic, pending);
		}
	}

}
