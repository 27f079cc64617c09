<?php

namespace App\Http;

use App\Audit\AuditTrail;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class AuditMiddleware
{
    public function __construct(private AuditTrail $audit)
    {
    }

    public function __invoke(ServerRequestInterface $request, callable $next): Response
    {
        $response = $next($request);

        $this->audit->defer($this->entryFor($request, $response)); // leak
        $this->audit->runDeferred();

        return $response;
    }

    private function entryFor(ServerRequestInterface $request, Response $response): \Closure
    {
        return function () use ($request, $response): void {
            $this->audit->write(strtolower($request->getMethod()) . ' ' . $request->getUri(), [
                'status' => $response->getStatusCode(),
                'customer' => $request->getParsedBody()['customer'] ?? null,
                'body' => $request->getParsedBody(),
            ]);
        };
    }
}
