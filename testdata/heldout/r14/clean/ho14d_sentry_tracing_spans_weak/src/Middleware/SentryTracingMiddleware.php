<?php

namespace App\Middleware;

use Sentry\SentrySdk;
use Sentry\Tracing\TransactionContext;

final class SentryTracingMiddleware
{
    /**
     * @param callable(array): array $next
     */
    public function process(array $request, callable $next): array
    {
        $hub = SentrySdk::getCurrentHub();

        $context = (new TransactionContext())
            ->setName($request['method'] . ' ' . $request['route'])
            ->setSource('route')
            ->setOp('http.server')
            ->setData(['http.url' => $request['uri'], 'http.query' => $request['query']]);

        $transaction = $hub->startTransaction($context);
        $hub->setSpan($transaction);

        try {
            $response = $next($request);
            $transaction->setStatus($response['status'] < 500 ? 'ok' : 'internal_error');
            $transaction->setTag('http.status_code', (string) $response['status']);

            return $response;
        } finally {
            $transaction->finish();
            $hub->setSpan(null);
        }
    }
}
