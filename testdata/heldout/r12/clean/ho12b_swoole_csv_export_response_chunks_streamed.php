<?php
declare(strict_types=1);

namespace Swoole\Http {

    // Stand-ins for the ext-swoole request/response objects.
    final class Request
    {
        /** @var array<string,string> */
        public array $get = [];
        /** @var array<string,string> */
        public array $header = [];
    }

    final class Response
    {
        public int $written = 0;
        /** @var array<string,string> */
        private array $headers = [];

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function write(string $chunk): bool
        {
            $this->written += strlen($chunk);

            return true;
        }

        public function end(?string $content = null): bool
        {
            $this->written += strlen((string) $content);

            return true;
        }
    }

    final class Server
    {
        /** @var array<string,callable> */
        private array $callbacks = [];

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Drives PHPLEAK_N requests through the 'request' callback. */
        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->get = ['from' => '2024-01-01', 'to' => '2024-01-31', 'customer' => (string) (3000 + $i)];
                $request->header = ['accept' => 'text/csv'];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Reports {

    use Swoole\Http\Response;

    interface LedgerRepository
    {
        /** @return list<array<string,string|int>> */
        public function entriesFor(string $customerId, string $from, string $to): array;
    }

    final class InMemoryLedger implements LedgerRepository
    {
        public function entriesFor(string $customerId, string $from, string $to): array
        {
            $rows = [];
            for ($d = 1; $d <= 6; $d++) {
                $rows[] = [
                    'date' => sprintf('2024-01-%02d', $d),
                    'reference' => sprintf('PAY-%s-%04d', $customerId, $d),
                    'description' => 'Card payment, terminal ' . $customerId . ', batch ' . $d . ', settled',
                    'amount' => $d * 1234,
                ];
            }

            return $rows;
        }
    }

    /** One CSV download, streamed to the client chunk by chunk. */
    final class CsvStatementResponse
    {
        private ?\Generator $chunks = null;

        /** @param list<array<string,string|int>> $rows */
        public function __construct(
            private readonly string $filename,
            private readonly array $rows,
        ) {
        }

        public function prepare(): self
        {
            $this->chunks = $this->chunks();

            return $this;
        }

        public function sendTo(Response $response): void
        {
            $response->header('Content-Type', 'text/csv; charset=utf-8');
            $response->header('Content-Disposition', 'attachment; filename="' . $this->filename . '"');

            // stream every chunk; the browser starts the download on the first
            foreach ($this->chunks as $chunk) {
                $response->write($chunk);
            }
            $response->end();
        }

        private function chunks(): \Generator
        {
            yield "date,reference,description,amount\n";
            foreach (array_chunk($this->rows, 2) as $chunk) {
                $lines = '';
                foreach ($chunk as $row) {
                    $lines .= sprintf("%s,%s,\"%s\",%.2f\n", $row['date'], $row['reference'], $row['description'], $row['amount'] / 100);
                }
                yield $lines;
            }
        }
    }

    final class StatementController
    {
        public function __construct(private readonly LedgerRepository $ledger)
        {
        }

        public function download(string $customerId, string $from, string $to): CsvStatementResponse
        {
            $rows = $this->ledger->entriesFor($customerId, $from, $to);

            return (new CsvStatementResponse("statement-{$customerId}-{$from}.csv", $rows))->prepare();
        }
    }
}

namespace {

    use App\Reports\InMemoryLedger;
    use App\Reports\StatementController;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $controller = new StatementController(new InMemoryLedger());
    $server = new Server();
    $server->on('request', static function (Request $request, Response $response) use ($controller): void {
        $controller
            ->download($request->get['customer'], $request->get['from'], $request->get['to'])
            ->sendTo($response);
    });
    $server->start();
}
