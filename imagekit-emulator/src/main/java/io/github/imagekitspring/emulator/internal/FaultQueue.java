package io.github.imagekitspring.emulator.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.imagekitspring.emulator.Fault;

/** Injected faults, applied in the order they were added, each to its next {@code times} matching calls. */
final class FaultQueue {

	private static final class Slot {

		final Fault fault;

		int remaining;

		Slot(Fault fault) {
			this.fault = fault;
			this.remaining = fault.times();
		}

	}

	private final List<Slot> slots = new ArrayList<>();

	/** Queues a fault whose operation, if any, is already an operation id. */
	synchronized void add(Fault fault) {
		this.slots.add(new Slot(fault));
	}

	synchronized void clear() {
		this.slots.clear();
	}

	/**
	 * The fault for a call, or {@code null}. A fault without an operation applies to every API call but
	 * not to file delivery, which a fault for {@code delivery} targets.
	 * @param route the call's route, or {@code null} for file delivery and unknown paths
	 */
	synchronized Fault take(Route route, boolean delivery) {
		Iterator<Slot> it = this.slots.iterator();
		while (it.hasNext()) {
			Slot slot = it.next();
			String only = slot.fault.operationId();
			boolean applies = (only == null) ? route != null
					: only.equals(RequestLog.DELIVERY) ? delivery : route != null && route.id().equals(only);
			if (applies) {
				slot.remaining--;
				if (slot.remaining == 0) {
					it.remove();
				}
				return slot.fault;
			}
		}
		return null;
	}

}
