<?php

namespace Illuminate\Pipeline;

use Closure;
use Illuminate\Container\Container;

class Pipeline
{
    protected mixed $passable;

    /** @var list<string|object> */
    protected array $pipes = [];

    protected string $method = 'handle';

    public function __construct(protected ?Container $container = null)
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
        $pipeline = array_reduce(array_reverse($this->pipes), $this->carry(), $destination);

        return $pipeline($this->passable);
    }

    protected function carry(): Closure
    {
        return function (Closure $stack, string|object $pipe): Closure {
            return function (mixed $passable) use ($stack, $pipe): mixed {
                if (\is_string($pipe)) {
                    $pipe = $this->container->make($pipe);
                }

                return $pipe->{$this->method}($passable, $stack);
            };
        };
    }
}
