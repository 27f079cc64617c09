<?php

// Swoole HTTP server in front of the plant historian: PLC edge gateways POST
// tag values, the worker batches them and writes them to the time-series
// store in one line-protocol request per batch.

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public ?array $post = null;

        public function __construct(private string $body)
        {
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $status = 200;

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function end(string $body = ''): void
        {
        }
    }

    /** Stand-in for Swoole\Http\Server: one worker process, callbacks bound at boot. */
    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function emit(string $event, ...$args): void
        {
            ($this->callbacks[$event])(...$args);
        }
    }
}

namespace Plant\Historian {
    final class LineProtocolClient
    {
        public int $writes = 0;

        /** @param list<array> $points */
        public function write(array $points): void
        {
            $lines = [];
            foreach ($points as $p) {
                $lines[] = sprintf('%s,gateway=%s,quality=%s value=%F %d', $p['tag'], $p['gateway'], $p['quality'], $p['value'], $p['ts']);
            }
            $this->writes += strlen(implode("\n", $lines)) > 0 ? 1 : 0;
        }
    }

    final class BatchWriter
    {
        private \SplQueue $buffer;

        public function __construct(private LineProtocolClient $client, private array $options)
        {
            $this->buffer = new \SplQueue();
        }

        public function add(array $point): void
        {
            $this->buffer->enqueue($point);
            if ($this->shouldFlush()) {
                $this->flush();
            }
        }

        private function shouldFlush(): bool
        {
            return $this->buffer->count() >= (int) $this->options['batch_size'];
        }

        public function flush(): void
        {
            $batch = [];
            while (!$this->buffer->isEmpty()) {
                $batch[] = $this->buffer->dequeue();
            }
            if ($batch) {
                $this->client->write($batch);
            }
        }
    }

    final class IngestController
    {
        public function __construct(private BatchWriter $writer)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $body = json_decode($request->rawContent(), true);
            foreach ($body['values'] as $tag => $sample) {
                $this->writer->add([
                    'tag' => $this->normalizeTag($body['node'], $tag),
                    'gateway' => $request->header['x-gateway-id'] ?? 'unknown',
                    'value' => (float) $sample['v'],
                    'quality' => $sample['q'] ?? 'Good',
                    'ts' => (int) $sample['t'],
                    'source_ts' => (string) $sample['st'],
                ]);
            }
            $response->status(204);
            $response->end();
        }

        private function normalizeTag(string $node, string $tag): string
        {
            return strtolower(str_replace(['.', ' '], '_', $node . '.' . $tag));
        }
    }
}

namespace {
    use Plant\Historian\BatchWriter;
    use Plant\Historian\IngestController;
    use Plant\Historian\LineProtocolClient;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $options = parse_ini_string(<<<INI
        [historian]
        endpoint = "http://historian.plant.local:8086/write?db=line3"
        batch_size = 60
        flush_timeout_ms = 2000
        INI);

    $server = new Server();
    $server->on('request', new IngestController(new BatchWriter(new LineProtocolClient(), $options)));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $nodes = ['Line3.Press04', 'Line3.Oven02', 'Line3.Conveyor'];
    for ($i = 0; $i < $n; $i++) {
        $request = new Request(json_encode([
            'node' => $nodes[$i % 3],
            'values' => [
                'Hydraulic Pressure' => ['v' => 180 + $i % 17 * 0.5, 'q' => 'Good', 't' => 1_717_400_000_000 + $i * 250, 'st' => date(DATE_RFC3339_EXTENDED, 1_717_400_000 + $i)],
                'Motor Current' => ['v' => 12.5 + $i % 7 * 0.1, 't' => 1_717_400_000_000 + $i * 250, 'st' => date(DATE_RFC3339_EXTENDED, 1_717_400_000 + $i)],
                'Cycle Count' => ['v' => 100000 + $i, 'q' => $i % 50 ? 'Good' : 'Uncertain', 't' => 1_717_400_000_000 + $i * 250, 'st' => date(DATE_RFC3339_EXTENDED, 1_717_400_000 + $i)],
            ],
        ]));
        $request->header = ['x-gateway-id' => sprintf('edge-%02d', 1 + $i % 4)];
        $server->emit('request', $request, new Response());
    }
}
