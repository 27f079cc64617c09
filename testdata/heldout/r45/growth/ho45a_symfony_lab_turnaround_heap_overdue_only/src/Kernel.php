<?php

declare(strict_types=1);

namespace App;

use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Handler\HandlersLocator;

/**
 * Minimal kernel: builds the services declared in config/services.php and
 * registers every #[AsMessageHandler] service with the bus, the way the
 * messenger compiler pass does.
 */
final class Kernel
{
    /** @var array<string, array{class?: class-string, arguments?: list<mixed>}> */
    private array $definitions;

    /** @var array<string, object> */
    private array $services = [];

    public function __construct(private readonly string $projectDir)
    {
        $this->definitions = require $projectDir . '/config/services.php';
    }

    public function get(string $id): object
    {
        if (isset($this->services[$id])) {
            return $this->services[$id];
        }
        $definition = $this->definitions[$id] ?? throw new \LogicException("Service \"{$id}\" not found.");
        $class = $definition['class'] ?? $id;
        $arguments = array_map(
            fn (mixed $arg) => is_string($arg) && str_starts_with($arg, '@') ? $this->get(substr($arg, 1)) : $arg,
            $definition['arguments'] ?? [],
        );
        return $this->services[$id] = new $class(...$arguments);
    }

    public function handlersLocator(): HandlersLocator
    {
        $handlers = [];
        foreach ($this->definitions as $id => $definition) {
            $class = new \ReflectionClass($definition['class'] ?? $id);
            if ($class->getAttributes(AsMessageHandler::class) === []) {
                continue;
            }
            $invoke = $class->getMethod('__invoke');
            $messageClass = $invoke->getParameters()[0]->getType()->getName();
            $handlers[$messageClass][] = $this->get($id);
        }
        return new HandlersLocator($handlers);
    }
}
