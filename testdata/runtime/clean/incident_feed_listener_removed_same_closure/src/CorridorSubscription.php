<?php

declare(strict_types=1);

namespace Traffic;

use Evenement\EventEmitter;

/** One map client's subscription to the incidents of a corridor. */
final class CorridorSubscription
{
    private ?\Closure $listener = null;

    private int $delivered = 0;

    public function __construct(private readonly EventEmitter $feed, private readonly string $corridor, private readonly string $client)
    {
    }

    public function start(): void
    {
        $this->feed->on('incident', $this->listener ??= \Closure::fromCallable([$this, 'onIncident']));
    }

    public function stop(): void
    {
        $this->feed->removeListener('incident', $this->listener);
        $this->listener = null;
    }

    private function onIncident(string $corridor, string $text): void
    {
        if ($corridor === $this->corridor) {
            $this->delivered += strlen($text);
        }
    }
}
