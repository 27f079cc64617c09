<?php

declare(strict_types=1);

namespace App\Metrics;

use Amp\Http\Server\{Middleware, Request, RequestHandler, Response};

final class Timing
{
    public function __construct(public readonly string $route, public readonly int $status, public readonly float $seconds, public readonly array $labels) {}
}

final class LatencyRecorder
{
    private const CAPACITY = 128;

    /** @var array<int, Timing> */
    private static array $samples = [];
    private static int $cursor = 0;

    public static function observe(Timing $timing): void
    {
        self::$samples[self::$cursor] = $timing;
        self::$cursor = (self::$cursor + 1) % self::CAPACITY;
    }

    public static function p95(): float
    {
        $values = array_map(fn (Timing $t) => $t->seconds, self::$samples);
        sort($values);

        return $values === [] ? 0.0 : $values[(int) floor(0.95 * (count($values) - 1))];
    }
}

final class LatencyMiddleware implements Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $start = hrtime(true);
        $response = $requestHandler->handleRequest($request);
        $route = preg_replace('~/\d+~', '/{id}', (string) parse_url($request->getUri(), PHP_URL_PATH));

        LatencyRecorder::observe(new Timing($route, $response->status, (hrtime(true) - $start) / 1e9, [
            'request_id' => $request->getHeader('x-request-id'),
            'traceparent' => $request->getHeader('traceparent'),
            'tenant' => $request->getHeader('x-tenant'),
        ]));

        return $response;
    }
}
