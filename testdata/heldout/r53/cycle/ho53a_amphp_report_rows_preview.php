<?php
// AMPHP HTTP server: a report endpoint renders the first rows of a
// ledger report as an HTML preview.

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(private string $method, private string $path, private array $query = [])
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getQueryParameter(string $name): ?string
        {
            return $this->query[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in for SocketHttpServer: start() dispatches accepted requests to the handler. */
    final class SocketHttpServer
    {
        private array $addresses = [];

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        public function start(RequestHandler $handler): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $response = $handler->handleRequest(new Request('GET', '/reports/ledger', [
                    'account' => (string) (5100 + $i % 40),
                    'month' => '2024-' . str_pad((string) ($i % 12 + 1), 2, '0', STR_PAD_LEFT),
                ]));
                unset($response);
            }
        }
    }
}

namespace App\Reports {
    final class LedgerRepository
    {
        /** @return list<array{date: string, memo: string, amount: int}> */
        public function entriesFor(int $account, string $month): array
        {
            $rows = [];
            for ($d = 1; $d <= 24; $d++) {
                $rows[] = [
                    'date' => sprintf('%s-%02d', $month, $d),
                    'memo' => 'posting ' . $account . '/' . $d,
                    'amount' => ($account * 31 + $d * 977) % 10000 - 5000,
                ];
            }
            return $rows;
        }
    }

    final class LedgerReport
    {
        /** @var \Generator<int, array> */
        private \Generator $rows;
        private int $balance = 0;

        public function __construct(
            public readonly int $account,
            public readonly string $month,
            private array $entries,
        ) {
            $this->rows = $this->runningBalance(); // leak
        }

        /** Entries with the running balance, computed lazily. */
        private function runningBalance(): \Generator
        {
            foreach ($this->entries as $entry) {
                $this->balance += $entry['amount'];
                yield $entry + ['balance' => $this->balance];
            }
        }

        /** @return iterable<int, array> */
        public function rows(): iterable
        {
            return $this->rows;
        }
    }

    final class ReportFactory
    {
        public function __construct(private LedgerRepository $ledger)
        {
        }

        public function ledger(int $account, string $month): LedgerReport
        {
            return new LedgerReport($account, $month, $this->ledger->entriesFor($account, $month));
        }
    }

    final class HtmlTable
    {
        public function __construct(private int $maxRows)
        {
        }

        public function render(iterable $rows): string
        {
            $html = '<table>';
            $shown = 0;
            foreach ($rows as $row) {
                if ($shown++ >= $this->maxRows) {
                    $html .= '<tr><td colspan="4">…</td></tr>';
                    break;
                }
                $html .= sprintf('<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td></tr>', $row['date'], htmlspecialchars($row['memo']), $row['amount'], $row['balance']);
            }
            return $html . '</table>';
        }
    }
}

namespace App {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;
    use App\Reports\HtmlTable;
    use App\Reports\ReportFactory;

    final class LedgerPreviewHandler implements RequestHandler
    {
        public function __construct(private ReportFactory $reports, private HtmlTable $table)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $report = $this->reports->ledger(
                (int) $request->getQueryParameter('account'),
                $request->getQueryParameter('month') ?? date('Y-m'),
            );

            return new Response(200, ['content-type' => 'text/html; charset=utf-8'], $this->table->render($report->rows()));
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\LedgerPreviewHandler;
    use App\Reports\HtmlTable;
    use App\Reports\LedgerRepository;
    use App\Reports\ReportFactory;

    $config = [
        'preview' => [
            'max_rows' => 10,
        ],
    ];

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:1337');
    $server->start(new LedgerPreviewHandler(
        new ReportFactory(new LedgerRepository()),
        new HtmlTable($config['preview']['max_rows']),
    ));
}
