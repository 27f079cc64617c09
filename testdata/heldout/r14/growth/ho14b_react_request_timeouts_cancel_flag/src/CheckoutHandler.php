<?php

declare(strict_types=1);

namespace App\Http;

use App\Async\TimeoutQueue;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

final class CheckoutHandler
{
    private int $timedOut = 0;

    public function __construct(
        private readonly TimeoutQueue $timeouts,
        private readonly float $requestTimeout = 30.0,
    ) {
    }

    public function __invoke(ServerRequest $request, float $now): Response
    {
        $timeout = $this->timeouts->schedule($now, $this->requestTimeout, function () use ($request): void { // leak
            $this->timedOut++;
            error_log(sprintf('checkout %s %s timed out', $request->getMethod(), $request->getUri()));
        });

        try {
            $payload = json_decode($request->getBody(), true, 512, JSON_THROW_ON_ERROR);
            $total = 0;
            foreach ($payload['items'] as $item) {
                $total += $item['qty'] * $item['price'];
            }

            return new Response(201, ['Content-Type' => 'application/json'], json_encode([
                'cart' => $payload['cart'],
                'total' => $total,
            ]));
        } finally {
            $this->timeouts->cancel($timeout);
        }
    }
}
