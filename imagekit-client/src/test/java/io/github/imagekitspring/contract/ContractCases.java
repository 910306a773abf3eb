package io.github.imagekitspring.contract;

import java.util.List;

/**
 * The contract cases of one API group.
 */
public interface ContractCases {

	List<ContractCase> cases();

}
