package io.github.imagekitspring.testsupport;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The one list of blocking calls allowed on non-blocking threads in the tests, each with its reason. BlockHound
 * itself is installed for every test by its JUnit platform listener; this integration is found through
 * {@code META-INF/services}.
 */
public final class ImageKitBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		// Jackson builds the deserializer of a type once, under a lock; a second thread decoding the same new type at
		// that moment parks for as long as the (CPU-only) construction takes. No I/O, once per type.
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
		// Reactor's test scheduler keeps its timers in a PriorityBlockingQueue, whose lock a second thread waits
		// for when two calls start or cancel a timer at once; parked there, an event loop lost the rest of a call's
		// response. The real schedulers never lock there, and the test scheduler exists only in tests.
		builder.allowBlockingCallsInside("reactor.test.scheduler.VirtualTimeScheduler$TimedRunnable", "dispose");
		builder.allowBlockingCallsInside("reactor.test.scheduler.VirtualTimeScheduler$VirtualTimeWorker",
				"doScheduleAtTime");
	}

}
