<?php

namespace Illuminate\Pipeline;

use Closure;
use Illuminate\Container\Container;

class Pipeline
{
    protected mixed $passable;

    /** @var list<string|Closure|object> */
    protected array $pipes = [];

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
        $container = $this->container;
        return static function (Closure $stack, $pipe) use ($container): Closure {
            return static function ($passable) use ($stack, $pipe, $container) {
                if ($pipe instanceof Closure) {
                    return $pipe($passable, $stack);
                }
                $pipe = is_string($pipe) ? $container->make($pipe) : $pipe;
                return $pipe->handle($passable, $stack);
            };
        };
    }
}
