<?php

declare(strict_types=1);

namespace App\Messenger;

use SplObjectStorage;

/**
 * Keeps the envelopes currently being handled so the /health endpoint and the
 * SIGTERM handler can tell what a worker is busy with.
 */
final class InFlightTrackingMiddleware implements MiddlewareInterface
{
    /** @var SplObjectStorage<Envelope, array{since: int, transport: string}> */
    private SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new SplObjectStorage();
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $transport = $envelope->last(TransportStamp::class)?->transport ?? 'sync';
        $this->inFlight->attach($envelope, ['since' => hrtime(true), 'transport' => $transport]); // leak

        $envelope = $stack->next()->handle($envelope, $stack);
        $this->inFlight->detach($envelope);

        return $envelope;
    }

    public function busyWith(): array
    {
        $busy = [];
        foreach ($this->inFlight as $envelope) {
            $busy[] = $envelope->getMessage()::class;
        }

        return $busy;
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        $handler = $this->handlers[$message::class] ?? throw new \LogicException('No handler for ' . $message::class);

        return $envelope->with(new HandledStamp($handler($message), $message::class . 'Handler'));
    }
}
