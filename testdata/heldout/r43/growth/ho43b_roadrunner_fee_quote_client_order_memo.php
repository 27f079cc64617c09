<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker for POST /api/v1/orders. The fee quote for an
 * order draft is needed by the balance check and again by the response,
 * so FeeCalculator memoizes it per order.
 */

namespace Nyholm\Psr7 {
    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            private array $headers,
            private array $parsedBody,
        ) {
        }

        public function getParsedBody(): array
        {
            return $this->parsedBody;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;

            return $clone;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;

    /** Stand-in for the PSR-7 worker: requests arrive over the relay, one at a time. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private \Closure $relay)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            return ($this->relay)($this->served);
        }

        public function respond(Response $response): void
        {
            $this->served++;
        }
    }
}

namespace App\Trading\Fees {

    final class OrderDraft
    {
        public function __construct(
            public readonly int $accountId,
            public readonly string $clientOrderId,
            public readonly string $market,
            public readonly string $side,
            public readonly string $type,
            public readonly string $price,
            public readonly string $quantity,
            public readonly int $vipTier,
        ) {
        }
    }

    trait MemoizesPerOrder
    {
        /** @var array<string, array{order: \WeakReference, value: array}> */
        private static array $orderMemo = [];

        protected function memoFor(OrderDraft $order, \Closure $compute): array
        {
            $key = $this->memoKey($order);
            $hit = self::$orderMemo[$key] ?? null;
            if ($hit !== null && $hit['order']->get() === $order) {
                return $hit['value'];
            }
            $value = $compute($order);
            self::$orderMemo[$key] = ['order' => \WeakReference::create($order), 'value' => $value]; // leak

            return $value;
        }

        abstract protected function memoKey(OrderDraft $order): string;
    }

    final class FeeSchedule
    {
        /** maker/taker rates in basis points per VIP tier */
        private const RATES = [0 => [10, 10], 1 => [9, 10], 2 => [8, 9], 3 => [6, 8], 4 => [4, 7]];

        /** @return array{0: int, 1: int} */
        public function rates(int $tier): array
        {
            return self::RATES[$tier] ?? self::RATES[0];
        }
    }

    final class FeeCalculator
    {
        use MemoizesPerOrder;

        public function __construct(private FeeSchedule $schedule)
        {
        }

        /** @return array<string, string> */
        public function quote(OrderDraft $order): array
        {
            return $this->memoFor($order, function (OrderDraft $o): array {
                [$makerBps, $takerBps] = $this->schedule->rates($o->vipTier);
                $notional = (float) $o->price * (float) $o->quantity;
                $bps = $o->type === 'limit_maker' ? $makerBps : $takerBps;
                [$base, $quote] = explode('-', $o->market);

                return [
                    'market' => $o->market,
                    'liquidity' => $o->type === 'limit_maker' ? 'maker' : 'taker',
                    'rate' => sprintf('%.4f%%', $bps / 100),
                    'notional' => number_format($notional, 8, '.', ''),
                    'estimatedFee' => number_format($notional * $bps / 10_000, 8, '.', ''),
                    'feeAsset' => $o->side === 'buy' ? $base : $quote,
                    'requiredBalance' => number_format($notional * (1 + $bps / 10_000), 8, '.', ''),
                    'schedule' => sprintf('vip%d/%s', $o->vipTier, date('Y-m', 1_712_345_600)),
                ];
            });
        }

        protected function memoKey(OrderDraft $order): string
        {
            return sprintf('fee:%d:%s', $order->accountId, $order->clientOrderId);
        }
    }

    final class BalanceCheck
    {
        public function __construct(private FeeCalculator $fees)
        {
        }

        public function sufficient(OrderDraft $order, float $available): bool
        {
            return (float) $this->fees->quote($order)['requiredBalance'] <= $available;
        }
    }

    final class PlaceOrderAction
    {
        public function __construct(private FeeCalculator $fees, private BalanceCheck $balances)
        {
        }

        public function __invoke(OrderDraft $order): array
        {
            if (!$this->balances->sufficient($order, 250_000.0)) {
                return ['status' => 422, 'code' => 'INSUFFICIENT_BALANCE'];
            }

            return [
                'status' => 201,
                'clientOrderId' => $order->clientOrderId,
                'fee' => $this->fees->quote($order),
            ];
        }
    }
}

namespace {

    use App\Trading\Fees\BalanceCheck;
    use App\Trading\Fees\FeeCalculator;
    use App\Trading\Fees\FeeSchedule;
    use App\Trading\Fees\OrderDraft;
    use App\Trading\Fees\PlaceOrderAction;
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $fees = new FeeCalculator(new FeeSchedule());
    $action = new PlaceOrderAction($fees, new BalanceCheck($fees));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker(function (int $i) use ($n): ?ServerRequest {
        if ($i >= $n) {
            return null;
        }
        $markets = ['BTC-USDT', 'ETH-USDT', 'SOL-USDT', 'ETH-BTC'];

        return (new ServerRequest('POST', '/api/v1/orders', [
            'content-type' => 'application/json',
            'x-api-key' => 'k_live_7f3a' . ($i % 40),
        ], [
            'clientOrderId' => sprintf('web-%d-%s', 1_712_345_600 + $i, substr(md5((string) $i), 0, 10)),
            'market' => $markets[$i % 4],
            'side' => $i % 2 ? 'sell' : 'buy',
            'type' => $i % 3 ? 'limit' : 'limit_maker',
            'price' => number_format(100 + ($i % 50) * 0.5, 2, '.', ''),
            'quantity' => number_format(0.01 * (1 + $i % 30), 4, '.', ''),
        ]))->withAttribute('account', ['id' => 1001 + $i % 40, 'vip' => $i % 5]);
    });

    while ($request = $worker->waitRequest()) {
        $body = $request->getParsedBody();
        $account = $request->getAttribute('account');
        $draft = new OrderDraft(
            $account['id'],
            (string) $body['clientOrderId'],
            (string) $body['market'],
            (string) $body['side'],
            (string) $body['type'],
            (string) $body['price'],
            (string) $body['quantity'],
            $account['vip'],
        );
        $result = $action($draft);
        $worker->respond(new Response($result['status'], json_encode($result)));
        unset($draft, $result, $request, $body);
    }
}
