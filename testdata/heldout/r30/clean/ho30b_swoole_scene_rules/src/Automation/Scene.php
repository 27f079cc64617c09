<?php

namespace Hub\Automation;

use Evenement\EventEmitter;

final class Scene
{
    use ListensToTriggers;

    private EventEmitter $events;

    /** @var list<array> */
    private array $planned = [];

    public function __construct(
        public readonly string $id,
        public readonly string $room,
        array $triggers,
        private array $actions,
    ) {
        $this->events = new EventEmitter();
        foreach ($triggers as $trigger) {
            $this->events->on($trigger, $this->listenerFor($trigger));
        }
    }

    public function evaluate(string $trigger, array $event): array
    {
        $this->planned = [];
        $this->events->emit($trigger, [$this, $event]);

        return $this->planned;
    }

    protected function onPresence(array $event): void
    {
        if (($event['lux'] ?? 0) > 300) {
            return;
        }
        $this->plan($event);
    }

    protected function onStateChange(array $event): void
    {
        $this->plan($event);
    }

    private function plan(array $event): void
    {
        foreach ($this->actions as [$type, $target, $arg]) {
            $this->planned[] = [
                'scene' => $this->id,
                'type' => $type,
                'target' => $target,
                'arg' => $arg,
                'cause' => sprintf('%s via %s at %d', $event['type'], $event['device'], $event['ts']),
            ];
        }
    }
}
