<?php

declare(strict_types=1);

namespace App\Http;

use Revolt\EventLoop;

/**
 * Aborts requests that run longer than the configured deadline and writes
 * a diagnostic for them.  Wraps the real handler like an amphp middleware.
 */
final class DeadlineMiddleware implements RequestHandler
{
    /** @var list<string> */
    private array $timedOut = [];

    public function __construct(
        private readonly RequestHandler $next,
        private readonly float $deadlineSeconds = 30.0,
    ) {
    }

    public function handleRequest(Request $request): Response
    {
        $watcher = EventLoop::delay($this->deadlineSeconds, $this->reportTimeout($request));

        try {
            $response = $this->next->handleRequest($request);
        } finally {
            EventLoop::cancel($watcher);
        }

        return new Response($response->status, $response->body, $response->headers + ['x-deadline-watcher' => $watcher]);
    }

    public function timedOut(): array
    {
        return $this->timedOut;
    }

    private function reportTimeout(Request $request): \Closure
    {
        $summary = sprintf('%s %s from %s (%d bytes)', $request->method, $request->path, $request->clientAddress, \strlen($request->body));

        return function (string $watcher) use ($request, $summary): void {
            $this->timedOut[] = $summary . ' query=' . http_build_query($request->query) . ' watcher=' . $watcher;
        };
    }
}
