<?php
declare(strict_types=1);

namespace Shop\Http;

use Shop\Tracing\Tracer;

final class CheckoutController
{
    public function __construct(private readonly Tracer $tracer)
    {
    }

    /** @param array<string,mixed> $server */
    public function __invoke(array $server): void
    {
        $span = $this->tracer->startFromHeader('POST /checkout/{cart}/confirm', $server['HTTP_TRACEPARENT'] ?? null);
        $span->setAttribute('http.method', (string) $server['REQUEST_METHOD'])
            ->setAttribute('http.target', (string) $server['REQUEST_URI'])
            ->setAttribute('shop.cart.summary', str_repeat('line-item;', 24))
            ->setAttribute('shop.payment.provider', 'adyen')
            ->setAttribute('http.status_code', 303);

        $this->tracer->finish($span);
    }
}
