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
        $stack = array_reduce(
            array_reverse($this->pipes),
            fn (Closure $next, string $pipe) => fn ($passable) => $this->container->make($pipe)->handle($passable, $next),
            $destination,
        );

        return $stack($this->passable);
    }
}
