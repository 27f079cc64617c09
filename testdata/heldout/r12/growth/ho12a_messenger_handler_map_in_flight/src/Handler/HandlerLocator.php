<?php

declare(strict_types=1);

namespace App\Handler;

use App\Messenger\Envelope;

/**
 * Builds a fresh handler per message from the messenger.yaml routing map and
 * tracks the handlers that are running so a control message can cancel them.
 */
final class HandlerLocator
{
    /** @var array<string, MessageHandler> */
    private array $inFlight = [];

    /** @param array<class-string, class-string<MessageHandler>> $handlerMap */
    public function __construct(
        private readonly array $handlerMap,
        private readonly Metrics $metrics,
    ) {
    }

    public function createHandler(Envelope $envelope): MessageHandler
    {
        $handlerClass = $this->handlerMap[$envelope->message::class]
            ?? throw new \LogicException('No handler for ' . $envelope->message::class);

        $handler = new $handlerClass($this, $envelope);
        $this->inFlight[$envelope->id] = $handler; // leak

        return $handler;
    }

    public function cancel(string $envelopeId): void
    {
        ($this->inFlight[$envelopeId] ?? null)?->cancel();
    }

    public function release(Envelope $envelope): void
    {
        unset($this->inFlight[$envelope->id]);
    }

    public function metrics(): Metrics
    {
        return $this->metrics;
    }
}
