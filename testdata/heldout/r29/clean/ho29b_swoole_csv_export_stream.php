<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public array $get = [];
        public array $header = [];
        public array $server = [];
    }

    class Response
    {
        private int $bytes = 0;
        public array $headers = [];

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function write(string $chunk): bool
        {
            $this->bytes += strlen($chunk);

            return true;
        }

        public function end(string $body = ''): void
        {
            $this->bytes += strlen($body);
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'])($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $datasets = ['pageviews', 'orders', 'signups'];
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = ['request_uri' => '/exports/preview', 'request_time' => 1717200000 + $i];
                $request->get = ['dataset' => $datasets[$i % 3], 'since' => (string) (1717000000 + $i * 60), 'limit' => '40'];
                $request->header = ['x-export-id' => sprintf('exp_%06d', $i)];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Export {

    use Generator;
    use IteratorAggregate;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class ExportQuery
    {
        public function __construct(
            public readonly string $dataset,
            public readonly int $since,
            public readonly array $columns,
            public readonly int $limit,
        ) {
        }
    }

    final class WarehouseRowSource
    {
        private const ROWS_PER_DATASET = 120;

        /** @return list<array<string, scalar>> */
        public function fetch(ExportQuery $query, int $offset, int $limit): array
        {
            $rows = [];
            $end = min($offset + $limit, self::ROWS_PER_DATASET);
            for ($r = $offset; $r < $end; $r++) {
                $row = [];
                foreach ($query->columns as $column) {
                    $row[$column] = match ($column) {
                        'id' => $r + 1,
                        'ts' => $query->since + $r * 17,
                        default => sprintf('%s_%s_%d', $query->dataset, $column, $r),
                    };
                }
                $rows[] = $row;
            }

            return $rows;
        }
    }

    /** @implements IteratorAggregate<int, array<string, scalar>> */
    final class ExportCursor implements IteratorAggregate
    {
        private ?Generator $stream = null;

        public function __construct(
            private WarehouseRowSource $source,
            private ExportQuery $query,
            private int $pageSize = 25,
        ) {
        }

        public function getIterator(): Generator
        {
            return $this->stream ??= $this->paginate();
        }

        private function paginate(): Generator
        {
            $offset = 0;
            while ($offset < $this->query->limit) {
                $page = $this->source->fetch($this->query, $offset, min($this->pageSize, $this->query->limit - $offset));
                if ($page === []) {
                    return;
                }
                yield from $page;
                $offset += count($page);
            }
        }
    }

    final class CsvChunkWriter
    {
        private string $buffer = '';

        public function __construct(private Response $response, private int $flushAt = 4096)
        {
        }

        public function row(array $row): void
        {
            $this->buffer .= implode(',', array_map(static fn ($v) => '"' . str_replace('"', '""', (string) $v) . '"', $row)) . "\n";
            if (strlen($this->buffer) >= $this->flushAt) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            if ($this->buffer !== '') {
                $this->response->write($this->buffer);
                $this->buffer = '';
            }
        }
    }

    final class ExportPreviewHandler
    {
        private const COLUMNS = [
            'pageviews' => ['id', 'ts', 'path', 'referrer', 'country'],
            'orders' => ['id', 'ts', 'sku', 'amount', 'currency'],
            'signups' => ['id', 'ts', 'plan', 'source', 'country'],
        ];

        public function __construct(private WarehouseRowSource $source)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $dataset = $request->get['dataset'] ?? 'pageviews';
            if (!isset(self::COLUMNS[$dataset])) {
                $response->end('unknown dataset');

                return;
            }
            $limit = max(1, min(500, (int) ($request->get['limit'] ?? 100)));
            $query = new ExportQuery($dataset, (int) ($request->get['since'] ?? 0), self::COLUMNS[$dataset], $limit);
            $cursor = new ExportCursor($this->source, $query);

            $response->header('Content-Type', 'text/csv');
            $response->header('X-Export-Id', $request->header['x-export-id'] ?? '');
            $writer = new CsvChunkWriter($response);
            $writer->row(self::COLUMNS[$dataset]);
            foreach ($cursor as $row) {
                $writer->row($row);
            }
            $writer->flush();
            $response->end();
        }
    }
}

namespace {

    use App\Export\ExportPreviewHandler;
    use App\Export\WarehouseRowSource;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $handler = null;
    $server->on('workerStart', function (Server $server, int $workerId) use (&$handler) {
        $handler = new ExportPreviewHandler(new WarehouseRowSource());
    });
    $server->on('request', function ($request, $response) use (&$handler) {
        $handler($request, $response);
    });
    $server->start();
}
