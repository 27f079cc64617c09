<?php

declare(strict_types=1);

/*
 * AMPHP HTTP server for the account area: GET /v1/account/fills.csv
 * renders the caller's trade fills as CSV; ?preview=N returns the first N
 * lines for the export dialog.
 */

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            private array $query,
            private array $attributes = [],
        ) {
        }

        public function getQueryParameter(string $name): ?string
        {
            return $this->query[$name] ?? null;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status = 200,
            public readonly array $headers = [],
            public readonly string $body = '',
        ) {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function expose(string $address): void
        {
        }

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        /** Stand-in for the event loop accepting requests on the exposed socket. */
        public function serve(iterable $requests): void
        {
            foreach ($requests as $request) {
                $response = $this->handler->handleRequest($request);
                unset($response);
            }
        }
    }
}

namespace App\Account\Fills {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class FillHistory
    {
        /** @return list<array<string, string|int>> the account's fills, newest first */
        public function forAccount(int $accountId, int $since): array
        {
            $rows = [];
            for ($k = 0; $k < 16; $k++) {
                $rows[] = [
                    'id' => sprintf('F%d-%06d', $accountId, $since % 1_000_000 + $k),
                    'market' => ['BTC-USDT', 'ETH-USDT', 'SOL-USDT'][$k % 3],
                    'side' => $k % 2 ? 'sell' : 'buy',
                    'price' => number_format(64_000 + $k * 12.5, 2, '.', ''),
                    'qty' => number_format(0.001 * ($k + 1), 6, '.', ''),
                    'fee' => number_format(0.0000021 * ($k + 1), 8, '.', ''),
                    'ts' => $since - $k * 61_000,
                ];
            }

            return $rows;
        }
    }

    final class FillCsvExport
    {
        private const COLUMNS = ['id', 'market', 'side', 'price', 'qty', 'fee', 'executed_at'];

        private ?\Generator $cursor = null;

        /** @param list<array<string, string|int>> $fills */
        public function __construct(private array $fills, private \DateTimeZone $timezone)
        {
        }

        /** @return list<string> up to $size CSV lines, continuing where the last call stopped */
        public function nextChunk(int $size): array
        {
            $this->cursor ??= $this->lines(); // leak
            $chunk = [];
            while ($this->cursor->valid() && count($chunk) < $size) {
                $chunk[] = $this->cursor->current();
                $this->cursor->next();
            }

            return $chunk;
        }

        public function done(): bool
        {
            return $this->cursor !== null && !$this->cursor->valid();
        }

        public function total(): int
        {
            return count($this->fills);
        }

        private function lines(): \Generator
        {
            yield implode(',', self::COLUMNS);
            foreach ($this->fills as $fill) {
                $at = (new \DateTimeImmutable('@' . intdiv((int) $fill['ts'], 1000)))->setTimezone($this->timezone);
                yield implode(',', [
                    $fill['id'], $fill['market'], $fill['side'], $fill['price'], $fill['qty'], $fill['fee'],
                    $at->format('Y-m-d\TH:i:sP'),
                ]);
            }
        }
    }

    final class ExportFillsHandler implements RequestHandler
    {
        private const MAX_PREVIEW = 25;

        public function __construct(private FillHistory $history, private \DateTimeZone $timezone)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $accountId = (int) $request->getAttribute('account_id');
            if ($accountId === 0) {
                return new Response(401, ['content-type' => 'application/json'], '{"error":"unauthenticated"}');
            }
            $since = (int) ($request->getQueryParameter('since') ?? 0);
            $preview = min(self::MAX_PREVIEW, max(1, (int) ($request->getQueryParameter('preview') ?? self::MAX_PREVIEW)));

            $export = new FillCsvExport($this->history->forAccount($accountId, $since), $this->timezone);
            $lines = $export->nextChunk($preview);

            return new Response(200, [
                'content-type' => 'text/csv',
                'x-total-count' => (string) $export->total(),
            ], implode("\n", $lines));
        }
    }
}

namespace {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use App\Account\Fills\ExportFillsHandler;
    use App\Account\Fills\FillHistory;

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:8080');
    $server->start(new ExportFillsHandler(new FillHistory(), new DateTimeZone('UTC')));

    $requests = (function (int $n): Generator {
        $now = 1_712_345_600_000;
        for ($i = 0; $i < $n; $i++) {
            yield new Request('GET', '/v1/account/fills.csv', [
                'preview' => (string) (5 + $i % 6),
                'since' => (string) ($now - ($i % 30) * 86_400_000 + $i),
            ], ['account_id' => 1001 + $i % 50]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $server->serve($requests);
}
