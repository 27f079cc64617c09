<?php

namespace App;

use Evenement\EventEmitter;

final class MeterSession
{
    private EventEmitter $events;
    /** @var list<int> */
    private array $readings = [];

    public function __construct(public readonly string $chargerId)
    {
        $this->events = new EventEmitter();
        foreach (['meter', 'stop'] as $event) {
            $this->events->on($event, $this->handler($event));
        }
    }

    public function frame(string $event, int $value): void
    {
        $this->events->emit($event, [$value]);
    }

    public function close(): void
    {
        $this->events->removeAllListeners();
    }

    private function handler(string $event): \Closure
    {
        return \Closure::fromCallable([$this, 'on' . ucfirst($event)]);
    }

    private function onMeter(int $wh): void
    {
        $this->readings[] = $wh;
    }

    private function onStop(int $wh): void
    {
        $this->readings[] = -$wh;
    }
}
