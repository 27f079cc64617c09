<?php

namespace Illuminate\Pipeline;

use Closure;
use Illuminate\Container\Container;

class Pipeline
{
    protected mixed $passable;

    /** @var list<string> */
    protected array $pipes = [];

    public function __construct(protected Container $container)
    {
    }

    public function send(mixed $passable): static
    {
        $this->passable = $passable;
        return $this;
    }

    public function through(array $pipes): static
    {
        $this->pipes = $pipes;
        return $this;
    }

    public function then(Closure $destination): mixed
    {
        $container = $this->container;
        $pipeline = array_reduce(
            array_reverse($this->pipes),
            static fn (Closure $stack, string $pipe) => static fn ($passable) => $container->make($pipe)->handle($passable, $stack),
            $destination,
        );
        return $pipeline($this->passable);
    }
}
