<?php

declare(strict_types=1);

/*
 * ReactPHP market-data daemon: subscribes to the exchange's public trade
 * stream over a websocket and builds 5-second klines per market, keeping
 * the most recent closed klines for the /klines endpoint.
 */

namespace Evenement {
    class EventEmitter
    {
        /** @var array<string, list<callable>> */
        protected array $listeners = [];

        public function on(string $event, callable $listener): static
        {
            $this->listeners[$event][] = $listener;

            return $this;
        }

        public function emit(string $event, array $arguments = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

namespace Ratchet\Client {
    use Evenement\EventEmitter;

    final class WebSocket extends EventEmitter
    {
        public function __construct(public readonly string $url)
        {
        }

        public function send(string $frame): void
        {
        }

        /** Stand-in for the loop reading frames off the socket. */
        public function pump(iterable $frames): void
        {
            foreach ($frames as $frame) {
                $this->emit('message', [$frame]);
            }
        }
    }
}

namespace App\MarketData {

    final class Trade
    {
        public function __construct(
            public readonly string $symbol,
            public readonly int $tradeId,
            public readonly string $price,
            public readonly string $qty,
            public readonly int $buyerOrderId,
            public readonly int $sellerOrderId,
            public readonly int $time,
            public readonly int $timeMs,
            public readonly bool $buyerIsMaker,
            public readonly array $frame,
        ) {
        }

        /** @param array{e: string, E: int, s: string, t: int, p: string, q: string, b: int, a: int, T: int, m: bool} $f */
        public static function fromStream(array $f): self
        {
            return new self(
                $f['s'],
                $f['t'],
                $f['p'],
                $f['q'],
                $f['b'],
                $f['a'],
                intdiv($f['T'], 1000),
                $f['T'],
                $f['m'],
                $f,
            );
        }
    }

    final class KlineBuilder
    {
        private const KEEP_CLOSED = 5;

        /** @var list<Trade> */
        private array $trades = [];
        private ?int $closesAtMs = null;

        /** @var list<array<string, string|int>> */
        private array $closed = [];

        public function __construct(public readonly string $symbol, private int $intervalMs)
        {
        }

        /** @return array<string, string|int>|null the kline this trade closed, if any */
        public function add(Trade $trade): ?array
        {
            $closed = null;
            if ($this->closesAtMs !== null && $trade->timeMs >= $this->closesAtMs) {
                $closed = $this->close();
            }
            if ($this->closesAtMs === null) {
                $this->closesAtMs = intdiv($trade->timeMs, $this->intervalMs) * $this->intervalMs + $this->intervalMs;
            }
            $this->trades[] = $trade;

            return $closed;
        }

        /** @return list<array<string, string|int>> */
        public function recent(): array
        {
            return $this->closed;
        }

        private function close(): array
        {
            $prices = array_map(static fn (Trade $t): float => (float) $t->price, $this->trades);
            $volume = array_sum(array_map(static fn (Trade $t): float => (float) $t->qty, $this->trades));
            $kline = [
                'openTime' => $this->closesAtMs - $this->intervalMs,
                'closeTime' => $this->closesAtMs - 1,
                'open' => $this->trades[0]->price,
                'high' => number_format(max($prices), 2, '.', ''),
                'low' => number_format(min($prices), 2, '.', ''),
                'close' => $this->trades[count($this->trades) - 1]->price,
                'volume' => number_format($volume, 6, '.', ''),
                'trades' => count($this->trades),
            ];
            $this->trades = [];
            $this->closesAtMs = null;
            $this->closed[] = $kline;
            $this->closed = array_slice($this->closed, -self::KEEP_CLOSED);

            return $kline;
        }
    }

    final class KlineService
    {
        /** @var array<string, KlineBuilder> */
        private array $builders = [];

        /** @param list<string> $symbols */
        public function __construct(array $symbols, int $intervalMs, private \Closure $publish)
        {
            foreach ($symbols as $symbol) {
                $this->builders[$symbol] = new KlineBuilder($symbol, $intervalMs);
            }
        }

        public function onFrame(string $frame): void
        {
            $payload = json_decode($frame, true, 4, JSON_THROW_ON_ERROR);
            if (($payload['e'] ?? '') !== 'trade' || !isset($this->builders[$payload['s']])) {
                return;
            }
            $kline = $this->builders[$payload['s']]->add(Trade::fromStream($payload));
            if ($kline !== null) {
                ($this->publish)($payload['s'], $kline);
            }
        }
    }
}

namespace {

    use App\MarketData\KlineService;
    use Ratchet\Client\WebSocket;

    $published = 0;
    $klines = new KlineService(['BTCUSDT', 'ETHUSDT', 'SOLUSDT'], 5_000, function (string $symbol, array $kline) use (&$published): void {
        $published++;
    });

    $ws = new WebSocket('wss://stream.exchange.example/ws');
    $ws->on('message', $klines->onFrame(...));
    $ws->send('{"method":"SUBSCRIBE","params":["btcusdt@trade","ethusdt@trade","solusdt@trade"],"id":1}');

    $frames = (function (int $n): Generator {
        $markets = [['BTCUSDT', 64210.5], ['ETHUSDT', 3140.25], ['SOLUSDT', 148.375]];
        $ts = 1_712_345_600_000;
        for ($i = 0; $i < $n; $i++) {
            [$symbol, $px] = $markets[$i % 3];
            $ts += 250;
            yield json_encode([
                'e' => 'trade',
                'E' => $ts + 3,
                's' => $symbol,
                't' => 3_510_000_000 + $i,
                'p' => number_format($px + (($i * 7) % 23 - 11) * 0.05, 2, '.', ''),
                'q' => number_format(0.0005 * (1 + ($i * 13) % 97), 5, '.', ''),
                'b' => 28_800_000_000 + $i * 3,
                'a' => 28_800_000_001 + $i * 3,
                'T' => $ts,
                'm' => $i % 2 === 0,
            ]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $ws->pump($frames);
}
