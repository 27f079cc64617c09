<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\{Middleware, Request, RequestHandler, Response};

final class Hit
{
    public function __construct(public readonly string $uri, public readonly int $at) {}
}

final class RateLimitMiddleware implements Middleware
{
    /** @var array<string, list<Hit>> */
    private array $log = [];

    public function __construct(private int $limit, private int $window) {}

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $client = $request->getHeader('x-forwarded-for') ?? 'unknown';
        $now = time();
        $this->log[$client][] = new Hit($request->getUri(), $now);

        $recent = array_filter($this->log[$client], fn (Hit $hit) => $hit->at > $now - $this->window);
        $this->log[$client] = array_slice(array_values($recent), -($this->limit + 1));
        if (count($recent) > $this->limit) {
            return new Response(429, ['retry-after' => (string) $this->window], 'Too Many Requests');
        }

        return $requestHandler->handleRequest($request);
    }
}
