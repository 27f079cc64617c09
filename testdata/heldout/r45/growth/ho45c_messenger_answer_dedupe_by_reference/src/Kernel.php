<?php

declare(strict_types=1);

namespace App;

use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

/**
 * Minimal service container: shared services built on first use from
 * config/services.php; message handlers are found by their attribute.
 */
final class Kernel
{
    /** @var array<string, object> */
    private array $services = [];

    /** @param array<string, callable(self): object> $definitions */
    public function __construct(private array $definitions)
    {
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= ($this->definitions[$id])($this);
    }

    /** @param list<string> $middleware service ids run before the handlers */
    public function bus(array $middleware): MessageBusInterface
    {
        $handlers = [];
        foreach (array_keys($this->definitions) as $id) {
            if (!class_exists($id)) {
                continue;
            }
            $class = new \ReflectionClass($id);
            if ($class->getAttributes(AsMessageHandler::class) === []) {
                continue;
            }
            $type = $class->getMethod('__invoke')->getParameters()[0]->getType();
            $handlers[(string) $type][] = $this->get($id);
        }

        return new MessageBus([
            ...array_map(fn (string $id): object => $this->get($id), $middleware),
            new HandleMessageMiddleware(new HandlersLocator($handlers)),
        ]);
    }
}
