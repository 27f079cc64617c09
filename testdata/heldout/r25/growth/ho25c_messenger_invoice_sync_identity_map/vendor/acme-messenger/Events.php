<?php

namespace AcmeMessenger\Event;

final class WorkerMessageReceivedEvent
{
    public function __construct(public readonly object $message, public readonly string $transport)
    {
    }
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly object $message, public readonly string $transport)
    {
    }
}

final class WorkerMessageFailedEvent
{
    public function __construct(
        public readonly object $message,
        public readonly string $transport,
        public readonly \Throwable $error,
    ) {
    }
}

/**
 * Legacy event names from the 4.x line, kept for BC; the 5.x worker
 * dispatches its events under their class names.
 */
final class WorkerEvents
{
    public const MESSAGE_RECEIVED = 'messenger.worker.message_received';
    public const MESSAGE_HANDLED = 'messenger.worker.message_handled';
    public const MESSAGE_FAILED = 'messenger.worker.message_failed';
}
