<?php

declare(strict_types=1);

namespace Media\Messenger;

final class Consumer
{
    /** @var \SplObjectStorage<Envelope, array{started: float, worker: int}> */
    private \SplObjectStorage $inFlight;

    private int $handled = 0;

    /** @var callable(object): Outcome */
    private $handler;

    public function __construct(private readonly InMemoryTransport $transport, callable $handler)
    {
        $this->inFlight = new \SplObjectStorage();
        $this->handler = $handler;
    }

    public function tick(): bool
    {
        $envelope = $this->transport->get();
        if ($envelope === null) {
            return false;
        }

        $this->inFlight->attach($envelope, ['started' => microtime(true), 'worker' => getmypid()]);

        try {
            $outcome = ($this->handler)($envelope->message);
        } catch (\Throwable $e) {
            $this->transport->reject($envelope, false);
            return true;
        } finally {
            $this->inFlight->detach($envelope);
        }

        if ($outcome === Outcome::Retry) {
            $this->transport->reject($envelope, true);
            return true;
        }

        $this->transport->ack($envelope);
        $this->handled++;
        return true;
    }

    /**
     * Seconds the oldest in-flight delivery has been running, for the broker heartbeat.
     */
    public function oldestInFlightAge(): float
    {
        $oldest = 0.0;
        $now = microtime(true);
        foreach ($this->inFlight as $envelope) {
            $oldest = max($oldest, $now - $this->inFlight[$envelope]['started']);
        }
        return $oldest;
    }
}
