<?php

declare(strict_types=1);

namespace App;

use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

final class Kernel
{
    private array $services = [];

    public function __construct(private readonly array $config)
    {
    }

    public function boot(): MessageBus
    {
        foreach ($this->config['services'] as $id => $factory) {
            $this->services[$id] = $factory($this);
        }

        $handlers = [];
        foreach ($this->config['handlers'] as $class) {
            $reflection = new \ReflectionClass($class);
            if ($reflection->getAttributes(AsMessageHandler::class) === []) {
                continue;
            }
            $messageClass = (string) $reflection->getMethod('__invoke')->getParameters()[0]->getType();
            $handlers[$messageClass][] = $this->get($class);
        }

        return new MessageBus([new HandleMessageMiddleware(new HandlersLocator($handlers))]);
    }

    public function get(string $id): object
    {
        return $this->services[$id] ?? throw new \LogicException("Service $id is not defined.");
    }
}
