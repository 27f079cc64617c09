<?php

namespace Hub\Automation;

trait ListensToTriggers
{
    private function listenerFor(string $trigger): \Closure
    {
        return match ($trigger) {
            'motion.detected', 'presence.arrived' => static fn (self $scene, array $event) => $scene->onPresence($event),
            default => static fn (self $scene, array $event) => $scene->onStateChange($event),
        };
    }

    abstract protected function onPresence(array $event): void;

    abstract protected function onStateChange(array $event): void;
}
