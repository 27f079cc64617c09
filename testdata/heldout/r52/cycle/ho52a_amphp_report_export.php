<?php
// amphp/http-server style application: a RequestHandler returns a Response
// whose body is a ReadableStream; the server reads the stream chunk by chunk
// until read() returns null.

namespace Amp\ByteStream {
    interface ReadableStream
    {
        public function read(): ?string;
        public function isReadable(): bool;
    }
}

namespace Amp\Http\Server {
    use Amp\ByteStream\ReadableStream;

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
        public function __construct(
            private int $status = 200,
            private array $headers = [],
            private ReadableStream|string $body = '',
        ) {
        }

        public function getBody(): ReadableStream|string
        {
            return $this->body;
        }

        public function getStatus(): int
        {
            return $this->status;
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in for SocketHttpServer: serves PHPLEAK_N requests and drains each body. */
    final class SocketHttpServer
    {
        private int $bytesSent = 0;

        public function start(RequestHandler $handler): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request('GET', '/reports/orders.csv', ['account' => (string) (7000 + $i)]);
                $response = $handler->handleRequest($request);
                $this->send($response);
                unset($request, $response);
            }
        }

        private function send(Response $response): void
        {
            $body = $response->getBody();
            if (is_string($body)) {
                $this->bytesSent += strlen($body);
                return;
            }
            while (null !== ($chunk = $body->read())) {
                $this->bytesSent += strlen($chunk);
            }
        }
    }
}

namespace App\Report {
    use Amp\ByteStream\ReadableStream;

    /** Streams report rows as CSV, a batch of rows per chunk. */
    final class CsvReportStream implements ReadableStream
    {
        private ?\Generator $chunks = null;
        private int $rowsSent = 0;

        /** @param list<array<string, scalar>> $rows */
        public function __construct(
            private array $rows,
            private int $rowLimit,
            private int $rowsPerChunk = 10,
        ) {
        }

        public function read(): ?string
        {
            $this->chunks ??= $this->encode(); // leak
            if ($this->rowsSent >= $this->rowLimit) {
                return null;
            }
            if (!$this->chunks->valid()) {
                return null;
            }
            $chunk = $this->chunks->current();
            $this->chunks->next();
            return $chunk;
        }

        public function isReadable(): bool
        {
            return $this->chunks === null || $this->chunks->valid();
        }

        private function encode(): \Generator
        {
            yield implode(',', array_keys($this->rows[0] ?? [])) . "\n";
            $buffer = '';
            $inBuffer = 0;
            foreach ($this->rows as $row) {
                $buffer .= implode(',', array_map(static fn ($v) => '"' . str_replace('"', '""', (string) $v) . '"', $row)) . "\n";
                $this->rowsSent++;
                if (++$inBuffer === $this->rowsPerChunk) {
                    yield $buffer;
                    $buffer = '';
                    $inBuffer = 0;
                }
            }
            if ($buffer !== '') {
                yield $buffer;
            }
        }
    }

    final class OrderReportRepository
    {
        /** @return list<array<string, scalar>> */
        public function forAccount(int $account): array
        {
            $rows = [];
            for ($i = 0; $i < 40; $i++) {
                $rows[] = [
                    'order' => sprintf('SO-%d-%04d', $account, $i),
                    'placed_at' => '2024-02-' . sprintf('%02d', 1 + $i % 28),
                    'total' => number_format(($account % 97 + $i) * 3.15, 2, '.', ''),
                    'status' => $i % 5 === 0 ? 'refunded' : 'paid',
                ];
            }
            return $rows;
        }
    }
}

namespace App\Http {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;
    use App\Report\CsvReportStream;
    use App\Report\OrderReportRepository;

    final class OrderReportHandler implements RequestHandler
    {
        // Accounts on the free plan export at most this many rows.
        private const FREE_PLAN_ROWS = 25;

        public function __construct(private OrderReportRepository $reports)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $account = (int) $request->getQueryParameter('account');
            $stream = new CsvReportStream($this->reports->forAccount($account), self::FREE_PLAN_ROWS);

            return new Response(200, ['content-type' => 'text/csv'], $stream);
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\Http\OrderReportHandler;
    use App\Report\OrderReportRepository;

    $server = new SocketHttpServer();
    $server->start(new OrderReportHandler(new OrderReportRepository()));
}
