<?php

declare(strict_types=1);

namespace Micro;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\Middleware\AbstractMiddleware;

/**
 * Runs middleware in registration order; each middleware asks the pipeline for the next step.
 */
final class Pipeline
{
    /** @var list<AbstractMiddleware> */
    private array $middleware = [];

    private int $position = 0;

    /** @var \Closure(Request): Response */
    private \Closure $fallback;

    public function __construct(callable $fallback)
    {
        $this->fallback = \Closure::fromCallable($fallback);
    }

    public function pipe(AbstractMiddleware $middleware): self
    {
        $this->middleware[] = $middleware; // leak
        return $this;
    }

    public function next(Request $request): Response
    {
        if (!isset($this->middleware[$this->position])) {
            return ($this->fallback)($request);
        }
        $current = $this->middleware[$this->position++];
        return $current->process($request);
    }

    public function run(Request $request): Response
    {
        $this->position = 0;
        return $this->next($request);
    }
}
