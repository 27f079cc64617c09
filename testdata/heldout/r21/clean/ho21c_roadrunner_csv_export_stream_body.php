<?php

declare(strict_types=1);

namespace App\Worker {

    /** Stand-in for Spiral\RoadRunner\Http\PSR7Worker: hands out requests, takes responses. */
    final class PSR7Worker
    {
        private int $served = 0;
        private int $bytesOut = 0;

        public function __construct(private readonly int $limit)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $this->served++;

            return new ServerRequest('GET', '/reports/sales.csv', ['from' => '2024-0' . ($this->served % 9 + 1) . '-01', 'account' => (string) (4000 + $this->served)]);
        }

        public function respond(Response $response): void
        {
            (new ResponseEmitter(4096))->emit($response, function (string $chunk): void {
                $this->bytesOut += \strlen($chunk);
            });
        }
    }

    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query,
        ) {
        }
    }

    interface BodyStream
    {
        public function getSize(): ?int;

        public function read(): string;
    }

    final class Response
    {
        public function __construct(
            public readonly int $status,
            public readonly array $headers,
            public readonly BodyStream $body,
        ) {
        }
    }

    /** Writes a response body to the relay frame by frame. */
    final class ResponseEmitter
    {
        public function __construct(private readonly int $frameSize)
        {
        }

        public function emit(Response $response, \Closure $write): void
        {
            $sent = 0;
            $frame = '';
            while (true) {
                $chunk = $response->body->read();
                if ($chunk === '') {
                    break;
                }
                $sent += \strlen($chunk);
                $frame .= $chunk;
                if (\strlen($frame) >= $this->frameSize) {
                    $write($frame);
                    $frame = '';
                }
            }
            if ($frame !== '') {
                $write($frame);
            }
        }
    }
}

namespace App\Reports {

    use App\Worker\BodyStream;

    /** Streams CSV rows lazily so large exports never sit in memory at once. */
    final class CsvExportStream implements BodyStream
    {
        private ?\Generator $chunks = null;

        /** @param list<array<string, scalar>> $rows */
        public function __construct(
            private readonly array $columns,
            private readonly array $rows,
            private readonly string $delimiter = ',',
        ) {
        }

        public function getSize(): ?int
        {
            $size = \strlen($this->line($this->columns));
            foreach ($this->rows as $row) {
                $size += \strlen($this->line(array_values($row)));
            }

            return $size;
        }

        public function read(): string
        {
            if ($this->chunks === null) {
                $this->chunks = $this->lines();
            } else {
                $this->chunks->next();
            }

            return $this->chunks->valid() ? $this->chunks->current() : '';
        }

        private function lines(): \Generator
        {
            yield $this->line($this->columns);
            foreach ($this->rows as $row) {
                yield $this->line(array_values($row));
            }
        }

        private function line(array $fields): string
        {
            return implode($this->delimiter, array_map(static fn ($v) => '"' . str_replace('"', '""', (string) $v) . '"', $fields)) . "\n";
        }
    }

    final class SalesReport
    {
        public function rowsFor(string $account, string $from): array
        {
            $rows = [];
            for ($i = 1; $i <= 8; $i++) {
                $rows[] = ['date' => $from, 'account' => $account, 'invoice' => sprintf('INV-%s-%04d', $account, $i), 'amount' => $i * 19.5, 'customer' => 'Customer ' . $account . '/' . $i];
            }

            return $rows;
        }
    }
}

namespace {

    use App\Reports\CsvExportStream;
    use App\Reports\SalesReport;
    use App\Worker\PSR7Worker;
    use App\Worker\Response;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n);
    $report = new SalesReport();

    while ($request = $worker->waitRequest()) {
        $rows = $report->rowsFor($request->query['account'], $request->query['from']);
        $body = new CsvExportStream(['date', 'account', 'invoice', 'amount', 'customer'], $rows);
        $worker->respond(new Response(200, ['content-type' => 'text/csv', 'content-disposition' => 'attachment; filename="sales.csv"'], $body));
    }
}
