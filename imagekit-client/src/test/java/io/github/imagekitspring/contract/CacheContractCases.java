package io.github.imagekitspring.contract;

import java.util.List;

import io.github.imagekitspring.ImageKitOperation;

/**
 * Cache purge. Neither answer has an example at the level of the response (the status example sits on the
 * property), so both cases answer with a body built from the spec's schema.
 */
class CacheContractCases implements ContractCases {

	@Override
	public List<ContractCase> cases() {
		return List.of(
				ContractCase.spec("purge", ImageKitOperation.CACHE_PURGE,
						(imageKit) -> imageKit.cache().purge("https://ik.imagekit.io/your_imagekit_id/default-image.jpg"),
						201, "{\"requestId\":\"598821f949c0a938d57563bd\"}"),
				ContractCase.spec("purge status", ImageKitOperation.CACHE_PURGE_STATUS,
						(imageKit) -> imageKit.cache().purgeStatus("598821f949c0a938d57563bd"), 200,
						"{\"status\":\"Completed\"}"));
	}

}
