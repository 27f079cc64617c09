<?php

declare(strict_types=1);

namespace Micro;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\Middleware\MiddlewareInterface;

/**
 * Runs middleware in registration order; the pipeline passes itself as the handler for the next step.
 */
final class Pipeline implements RequestHandlerInterface
{
    /** @var list<MiddlewareInterface> */
    private array $middleware = [];

    private int $position = 0;

    /** @var \Closure(Request): Response */
    private \Closure $fallback;

    public function __construct(callable $fallback)
    {
        $this->fallback = \Closure::fromCallable($fallback);
    }

    public function pipe(MiddlewareInterface $middleware): self
    {
        $this->middleware[] = $middleware;
        return $this;
    }

    public function handle(Request $request): Response
    {
        if (!isset($this->middleware[$this->position])) {
            return ($this->fallback)($request);
        }
        $current = $this->middleware[$this->position++];
        return $current->process($request, $this);
    }

    public function run(Request $request): Response
    {
        $this->position = 0;
        return $this->handle($request);
    }
}
