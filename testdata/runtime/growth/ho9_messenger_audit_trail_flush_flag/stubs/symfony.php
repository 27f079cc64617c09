<?php

namespace Symfony\Component\EventDispatcher\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS)]
final class AsEventListener { public function __construct(public ?string $event = null, public ?string $method = null) {} }

namespace Symfony\Component\Messenger\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS)]
final class AsMessageHandler {}

namespace Symfony\Component\Messenger\Event;

final class WorkerMessageHandledEvent { public function __construct(public readonly object $message, public readonly string $receiverName) {} }

namespace Symfony\Component\EventDispatcher;

class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void { $this->listeners[$eventName][] = $listener; }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

namespace Symfony\Component\Yaml;

final class Yaml
{
    public static function parseFile(string $file): array
    {
        preg_match_all('/^    (app\.[\w.]+): (.+)$/m', file_get_contents($file), $m);
        $values = array_map(fn (string $v) => match ($v) { 'true' => true, 'false' => false, default => trim($v, "'") }, $m[2]);
        return ['parameters' => array_combine($m[1], $values)];
    }
}
