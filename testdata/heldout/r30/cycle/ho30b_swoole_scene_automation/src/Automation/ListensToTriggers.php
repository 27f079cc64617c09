<?php

namespace Hub\Automation;

trait ListensToTriggers
{
    private function listenerFor(string $trigger): \Closure
    {
        return match ($trigger) {
            'motion.detected', 'presence.arrived' => fn (array $event) => $this->onPresence($event), // leak
            default => \Closure::fromCallable([$this, 'onStateChange']), // leak
        };
    }

    abstract protected function onPresence(array $event): void;

    abstract protected function onStateChange(array $event): void;
}
