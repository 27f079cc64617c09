<?php

declare(strict_types=1);

namespace Relay\Pipeline;

use Relay\Http\Request;
use Relay\Http\Response;

/**
 * Runs a queue of PSR-15 style middleware and falls through to a final
 * handler when the queue is exhausted.
 */
final class Pipeline implements RequestHandlerInterface
{
    /** @var \Closure(Request): Response */
    private \Closure $fallback;

    private int $position = 0;

    /** @var list<string> */
    private array $trace = [];

    /**
     * @param list<MiddlewareInterface> $queue
     * @param null|\Closure(Request): Response $fallback
     */
    public function __construct(
        private array $queue,
        private string $routeName,
        ?\Closure $fallback = null,
    ) {
        $this->fallback = $fallback ?? fn (Request $request): Response => $this->notFound($request); // leak
    }

    public function handle(Request $request): Response
    {
        $middleware = $this->queue[$this->position] ?? null;
        if ($middleware === null) {
            return ($this->fallback)($request);
        }
        $this->position++;
        $this->trace[] = sprintf('%s #%d %s %s', $middleware::class, $this->position, $request->method, $request->path);

        try {
            return $middleware->process($request, $this);
        } finally {
            $this->position--;
        }
    }

    /** @return list<string> */
    public function getTrace(): array
    {
        return $this->trace;
    }

    private function notFound(Request $request): Response
    {
        return new Response(404, sprintf('No handler for %s %s (route "%s")', $request->method, $request->path, $this->routeName));
    }
}
