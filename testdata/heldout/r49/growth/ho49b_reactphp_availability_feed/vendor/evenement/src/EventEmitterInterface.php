<?php
namespace Evenement;

interface EventEmitterInterface
{
    public function on(string $event, callable $listener);

    public function once(string $event, callable $listener);

    public function removeListener(string $event, callable $listener);

    public function removeAllListeners(?string $event = null);

    public function listeners(?string $event = null): array;

    public function emit(string $event, array $arguments = []);
}
