<?php

namespace Symfony\Component\Messenger\Handler;

final class HandlerDescriptor
{
    private \Closure $handler;
    private string $name;

    public function __construct(callable $handler, private array $options = [])
    {
        $this->handler = $handler(...);
        $this->name = \is_array($handler) ? get_debug_type($handler[0]).'::'.$handler[1] : get_debug_type($handler).'::__invoke';
    }

    public function getHandler(): callable
    {
        return $this->handler;
    }

    public function getName(): string
    {
        return $this->name;
    }
}
