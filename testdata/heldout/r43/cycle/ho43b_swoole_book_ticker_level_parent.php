<?php

declare(strict_types=1);

/*
 * Swoole HTTP worker serving GET /api/v3/ticker/bookTicker?symbol=...
 * The best bid/ask snapshot is rebuilt from the matching engine's resting
 * orders on every request and rendered as JSON.
 */

namespace Swoole\Http {
    class Request
    {
        public array $get = [];
        public array $header = [];
        public array $server = [];
    }

    class Response
    {
        public string $body = '';
        public array $headers = [];

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): void
        {
            $this->body = $content;
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $handlers = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        /** Stand-in for the reactor: feeds the worker the requests it accepts. */
        public function serve(iterable $requests): void
        {
            foreach ($requests as $request) {
                $response = new Response();
                ($this->handlers['request'])($request, $response);
            }
        }
    }
}

namespace Exchange\Depth {

    final class PriceLevel
    {
        private array $orders = [];

        public function __construct(
            private OrderBookSnapshot $book, // leak
            public readonly string $side,
            public readonly string $price,
        ) {
        }

        public function addOrder(string $orderId, string $qty): void
        {
            $this->orders[$orderId] = $qty;
        }

        public function quantity(): string
        {
            $total = '0';
            foreach ($this->orders as $qty) {
                $total = bcadd_fallback($total, $qty, $this->book->lotScale());
            }

            return $total;
        }

        public function toRow(): array
        {
            return [$this->price, $this->quantity(), count($this->orders)];
        }
    }

    final class OrderBookSnapshot
    {
        /** @var array{bids: array<string, PriceLevel>, asks: array<string, PriceLevel>} */
        private array $levels = ['bids' => [], 'asks' => []];

        public function __construct(
            public readonly string $symbol,
            public readonly int $sequence,
            private int $tickScale,
            private int $lotScale,
        ) {
        }

        public function lotScale(): int
        {
            return $this->lotScale;
        }

        public function level(string $side, float $price): PriceLevel
        {
            $key = number_format($price, $this->tickScale, '.', '');

            return $this->levels[$side][$key] ??= new PriceLevel($this, $side, $key); // leak
        }

        public function toArray(int $limit): array
        {
            $bids = $this->levels['bids'];
            $asks = $this->levels['asks'];
            krsort($bids, SORT_NUMERIC);
            ksort($asks, SORT_NUMERIC);

            return [
                'symbol' => $this->symbol,
                'lastUpdateId' => $this->sequence,
                'bids' => array_map(static fn (PriceLevel $l) => $l->toRow(), array_values(array_slice($bids, 0, $limit))),
                'asks' => array_map(static fn (PriceLevel $l) => $l->toRow(), array_values(array_slice($asks, 0, $limit))),
            ];
        }
    }

    final class RestingOrderSource
    {
        private int $sequence = 88_120_000;

        /**
         * Orders resting at the best bid and the best ask (book ticker feed).
         *
         * @return iterable<array{id: string, side: string, price: float, qty: string}>
         */
        public function topOfBook(string $symbol, float $mid, float $halfSpread): iterable
        {
            $this->sequence += 7;
            for ($k = 0; $k < 6; $k++) {
                $side = $k % 2 === 0 ? 'bids' : 'asks';
                yield [
                    'id' => sprintf('%s-%d-%d', $symbol, $this->sequence, $k),
                    'side' => $side,
                    'price' => $side === 'bids' ? $mid - $halfSpread : $mid + $halfSpread,
                    'qty' => number_format(0.01 * ($k + 1) + ($this->sequence % 13) / 1000, 5, '.', ''),
                ];
            }
        }

        public function sequence(): int
        {
            return $this->sequence;
        }
    }

    final class DepthSnapshotBuilder
    {
        private const SCALES = ['BTCUSDT' => [2, 5], 'ETHUSDT' => [2, 4], 'SOLUSDT' => [3, 2]];

        public function __construct(private RestingOrderSource $source)
        {
        }

        public function build(string $symbol, float $mid): OrderBookSnapshot
        {
            [$tick, $lot] = self::SCALES[$symbol];
            $orders = $this->source->topOfBook($symbol, $mid, 0.5);
            $book = new OrderBookSnapshot($symbol, $this->source->sequence(), $tick, $lot);
            foreach ($orders as $order) {
                $book->level($order['side'], $order['price'])->addOrder($order['id'], $order['qty']);
            }

            return $book;
        }
    }
}

namespace {

    use Exchange\Depth\DepthSnapshotBuilder;
    use Exchange\Depth\RestingOrderSource;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    function bcadd_fallback(string $a, string $b, int $scale): string
    {
        return number_format((float) $a + (float) $b, $scale, '.', '');
    }

    $builder = new DepthSnapshotBuilder(new RestingOrderSource());
    $mids = ['BTCUSDT' => 64_210.5, 'ETHUSDT' => 3_140.25, 'SOLUSDT' => 148.375];

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response) use ($builder, $mids): void {
        $symbol = strtoupper($request->get['symbol'] ?? 'BTCUSDT');
        if (!isset($mids[$symbol])) {
            $response->header('Content-Type', 'application/json');
            $response->end('{"code":-1121,"msg":"Invalid symbol."}');

            return;
        }
        $limit = min(100, max(1, (int) ($request->get['limit'] ?? 20)));
        $book = $builder->build($symbol, $mids[$symbol]);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($book->toArray($limit), JSON_THROW_ON_ERROR));
    });

    $requests = (function (int $n): Generator {
        $symbols = ['btcusdt', 'ETHUSDT', 'solusdt'];
        for ($i = 0; $i < $n; $i++) {
            $request = new Request();
            $request->get = ['symbol' => $symbols[$i % 3], 'limit' => (string) (5 + $i % 20)];
            $request->header = ['x-request-id' => bin2hex(pack('N', $i)) . 'a1f0'];
            yield $request;
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $server->serve($requests);
}
