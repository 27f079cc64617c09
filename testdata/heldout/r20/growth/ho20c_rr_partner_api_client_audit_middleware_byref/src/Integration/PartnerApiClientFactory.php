<?php

declare(strict_types=1);

namespace App\Integration;

use Acme\Http\Client;
use Acme\Http\HandlerStack;
use Acme\Http\Request;
use Acme\Http\Response;
use Acme\Http\Transport;

final class AuditRecord
{
    public function __construct(
        public readonly string $service,
        public readonly string $method,
        public readonly string $uri,
        public readonly int $status,
        public readonly int $durationNs,
        public readonly string $correlationId,
        public readonly string $recordedAt = '',
    ) {
    }
}

final class PartnerApiClientFactory
{
    /** @var list<AuditRecord> */
    private array $trail = [];

    public function __construct(
        private readonly Transport $transport,
        private readonly string $serviceName,
        private readonly string $baseUri,
        private readonly int $maxRetries = 2,
    ) {
    }

    public function create(): Client
    {
        $stack = new HandlerStack($this->transport);
        $stack->push($this->retryMiddleware(), 'retry');
        $stack->push($this->auditMiddleware(), 'audit');

        return new Client($stack, [
            'base_uri' => $this->baseUri,
            'headers' => ['Accept' => 'application/json', 'User-Agent' => 'shipping-worker/3.4'],
            'defaults' => ['timeout' => 4.0],
        ]);
    }

    /** @return list<AuditRecord> */
    public function recentCalls(int $limit = 20): array
    {
        return array_slice($this->trail, -$limit);
    }

    private function retryMiddleware(): callable
    {
        $decider = $this->shouldRetry(...);
        $maxRetries = $this->maxRetries;

        return static function (callable $next) use ($decider, $maxRetries): callable {
            return static function (Request $request, array $options) use ($next, $decider, $maxRetries): Response {
                $attempt = 0;
                do {
                    $response = $next($request, $options);
                } while ($decider($attempt++, $response) && $attempt <= $maxRetries);

                return $response;
            };
        };
    }

    private function auditMiddleware(): callable
    {
        $trail = &$this->trail;
        $service = $this->serviceName;

        return static function (callable $next) use (&$trail, $service): callable {
            return static function (Request $request, array $options) use ($next, &$trail, $service): Response {
                $started = hrtime(true);
                $response = $next($request, $options);
                $trail[] = new AuditRecord($service, $request->method, $request->uri, $response->status, hrtime(true) - $started, $options['correlation_id'] ?? '', date(DATE_ATOM)); // leak

                return $response->withHeader('X-Audit-Seq', (string) count($trail));
            };
        };
    }

    private function shouldRetry(int $attempt, Response $response): bool
    {
        return $response->status >= 500 || $response->status === 429;
    }
}
