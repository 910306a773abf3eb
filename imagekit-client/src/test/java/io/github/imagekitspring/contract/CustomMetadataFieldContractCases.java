package io.github.imagekitspring.contract;

import java.util.List;

import io.github.imagekitspring.custommetadata.CreateCustomMetadataFieldRequest;
import io.github.imagekitspring.custommetadata.CustomMetadataFieldSchema;
import io.github.imagekitspring.custommetadata.ListCustomMetadataFieldsRequest;
import io.github.imagekitspring.custommetadata.UpdateCustomMetadataFieldRequest;
import io.github.imagekitspring.ImageKitOperation;

class CustomMetadataFieldContractCases implements ContractCases {

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("create a number field", ImageKitOperation.CUSTOM_METADATA_FIELDS_CREATE,
						(imageKit) -> imageKit.customMetadataFields()
							.create(new CreateCustomMetadataFieldRequest("price", "price",
									CustomMetadataFieldSchema.number().minValue(1000).maxValue(3000).build()))),
				ContractCase.spec("create a multi-select field", ImageKitOperation.CUSTOM_METADATA_FIELDS_CREATE,
						(imageKit) -> imageKit.customMetadataFields()
							.create(new CreateCustomMetadataFieldRequest("sizes", "Sizes",
									CustomMetadataFieldSchema.multiSelect(List.of("small", "medium", 30, true))
										.defaultValue(List.of("small", 30))
										.valueRequired(true)
										.build()))),
				ContractCase.spec("create a text field", ImageKitOperation.CUSTOM_METADATA_FIELDS_CREATE,
						(imageKit) -> imageKit.customMetadataFields()
							.create(new CreateCustomMetadataFieldRequest("brand", "Brand",
									CustomMetadataFieldSchema.text().minLength(1).maxLength(50).defaultValue("Nike")
										.build()))),
				ContractCase.spec("create a date field", ImageKitOperation.CUSTOM_METADATA_FIELDS_CREATE,
						(imageKit) -> imageKit.customMetadataFields()
							.create(new CreateCustomMetadataFieldRequest("launch", "Launch",
									CustomMetadataFieldSchema.date().minValue("2020-01-01").maxValue("2030-12-31T00:00:00Z")
										.build()))),
				ContractCase.spec("list with every parameter", ImageKitOperation.CUSTOM_METADATA_FIELDS_LIST,
						(imageKit) -> imageKit.customMetadataFields()
							.list(new ListCustomMetadataFieldsRequest(true, "/path/to/folder"))),
				ContractCase.spec("list with defaults", ImageKitOperation.CUSTOM_METADATA_FIELDS_LIST,
						(imageKit) -> imageKit.customMetadataFields().list(ListCustomMetadataFieldsRequest.none())),
				ContractCase.spec("update label and schema", ImageKitOperation.CUSTOM_METADATA_FIELDS_UPDATE,
						(imageKit) -> imageKit.customMetadataFields()
							.update("598821f949c0a938d57563dd", new UpdateCustomMetadataFieldRequest("price",
									CustomMetadataFieldSchema.number().minValue(1000).maxValue(3000).build()))),
				ContractCase.spec("delete", ImageKitOperation.CUSTOM_METADATA_FIELDS_DELETE,
						(imageKit) -> imageKit.customMetadataFields().delete("598821f949c0a938d57563dd")));
	}

}
