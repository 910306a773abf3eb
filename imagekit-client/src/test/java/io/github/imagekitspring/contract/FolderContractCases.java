package io.github.imagekitspring.contract;

import java.util.List;

import io.github.imagekitspring.folders.CopyFolderRequest;
import io.github.imagekitspring.folders.CreateFolderRequest;
import io.github.imagekitspring.folders.MoveFolderRequest;
import io.github.imagekitspring.folders.RenameFolderRequest;
import io.github.imagekitspring.ImageKitOperation;

/**
 * Folders and bulk jobs. The spec's {@code JobResponse} has no example, so the job-starting cases answer with a body
 * built from that schema.
 */
class FolderContractCases implements ContractCases {

	private static final String JOB = "{\"jobId\":\"5d5b1a9b4c8c4c0001f3e4a2\"}";

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("create", ImageKitOperation.FOLDERS_CREATE,
						(imageKit) -> imageKit.folders().create(new CreateFolderRequest("summer", "/product/images/"))),
				ContractCase.spec("delete with a JSON body", ImageKitOperation.FOLDERS_DELETE,
						(imageKit) -> imageKit.folders().delete("/folder/to/delete/")),
				ContractCase.spec("copy with versions", ImageKitOperation.FOLDERS_COPY,
						(imageKit) -> imageKit.folders()
							.copy(CopyFolderRequest.of("/path/of/source/folder", "/path/of/destination/folder")
								.withVersions(true)),
						200, JOB),
				ContractCase.spec("move", ImageKitOperation.FOLDERS_MOVE,
						(imageKit) -> imageKit.folders()
							.move(new MoveFolderRequest("/path/of/source/folder", "/path/of/destination/folder")),
						200, JOB),
				ContractCase.spec("rename with purge", ImageKitOperation.FOLDERS_RENAME,
						(imageKit) -> imageKit.folders()
							.rename(RenameFolderRequest.of("/path/of/folder", "new-folder-name").withPurgeCache(true)),
						202, JOB),
				ContractCase.spec("job status", ImageKitOperation.FOLDERS_JOB_GET,
						(imageKit) -> imageKit.folders().job("5d5b1a9b4c8c4c0001f3e4a2")));
	}

}
