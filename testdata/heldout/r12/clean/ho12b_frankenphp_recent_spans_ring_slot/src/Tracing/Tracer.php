<?php
declare(strict_types=1);

namespace Shop\Tracing;

final class Tracer
{
    public function __construct(private readonly RecentSpans $recent)
    {
    }

    public function startFromHeader(string $name, ?string $traceparent): Span
    {
        $traceId = $traceparent !== null && preg_match('/^00-([0-9a-f]{32})-/', $traceparent, $m)
            ? $m[1]
            : bin2hex(random_bytes(16));

        return new Span($traceId, bin2hex(random_bytes(8)), $name, microtime(true));
    }

    public function finish(Span $span): void
    {
        $span->end();
        $this->recent->push($span);
    }
}
