<?php

declare(strict_types=1);

namespace GuzzleHttp;

use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * Creates a composed Guzzle handler function by stacking middlewares on top of
 * an HTTP handler function.
 */
class HandlerStack
{
    /** @var (callable(RequestInterface, array): ResponseInterface)|null */
    private $handler;

    /** @var list<array{callable, ?string}> */
    private array $stack = [];

    /** @var (callable(RequestInterface, array): ResponseInterface)|null */
    private $cached = null;

    public function __construct(?callable $handler = null)
    {
        $this->handler = $handler;
    }

    public function __invoke(RequestInterface $request, array $options): ResponseInterface
    {
        $handler = $this->resolve();

        return $handler($request, $options);
    }

    public function setHandler(callable $handler): void
    {
        $this->handler = $handler;
        $this->cached = null;
    }

    public function hasHandler(): bool
    {
        return $this->handler !== null;
    }

    public function unshift(callable $middleware, ?string $name = null): void
    {
        array_unshift($this->stack, [$middleware, $name]);
        $this->cached = null;
    }

    public function push(callable $middleware, string $name = ''): void
    {
        $this->stack[] = [$middleware, $name];
        $this->cached = null;
    }

    public function remove(string|callable $remove): void
    {
        $idx = is_callable($remove) ? 0 : 1;
        $this->stack = array_values(array_filter(
            $this->stack,
            static fn (array $tuple): bool => $tuple[$idx] !== $remove,
        ));
        $this->cached = null;
    }

    public function resolve(): callable
    {
        if ($this->cached === null) {
            if (($prev = $this->handler) === null) {
                throw new \LogicException('No handler has been specified');
            }

            foreach (array_reverse($this->stack) as $fn) {
                $prev = $fn[0]($prev);
            }

            $this->cached = $prev;
        }

        return $this->cached;
    }
}
