<?php
// ReactPHP HTTP server that batches clickstream events in a collector and ships a batch once it holds `max_batch` events.

namespace React\EventLoop {
    final class Loop
    {
        private static array $ticks = [];

        public static function futureTick(callable $fn): void { self::$ticks[] = $fn; }

        public static function run(): void
        {
            while ($fn = array_shift(self::$ticks)) {
                $fn();
            }
        }
    }
}

namespace React\Http {
    final class ServerRequest
    {
        public function __construct(public readonly string $path, public readonly array $query) {}
    }

    final class HttpServer
    {
        private $handler;

        public function __construct(callable $handler) { $this->handler = $handler; }

        public function emit(ServerRequest $request): void { ($this->handler)($request); }
    }
}

namespace App\Analytics {
    final class ClickEvent
    {
        public function __construct(public readonly string $page, public readonly string $session, public readonly string $referrer, public readonly array $props) {}
    }

    final class ClickCollector
    {
        private array $batch = [];
        private int $maxBatch;
        public int $shipped = 0;

        public function __construct(private array $options)
        {
            $this->maxBatch = $options['max_batch'] ?? PHP_INT_MAX;
        }

        public function collect(ClickEvent $event): void
        {
            $this->batch[] = $event;
            if (count($this->batch) >= $this->maxBatch) {
                $this->ship();
            }
        }

        public function ship(): void
        {
            $this->shipped += strlen(serialize($this->batch));
            $this->batch = [];
        }
    }
}

namespace {
    use App\Analytics\ClickCollector;
    use App\Analytics\ClickEvent;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $collector = new ClickCollector(['endpoint' => 'https://collector.internal/v1/batch', 'timeout' => 2.0, 'max_batch' => 40]);
    $server = new HttpServer(static function (ServerRequest $request) use ($collector): string {
        $collector->collect(new ClickEvent($request->path, $request->query['sid'], 'https://search.example.com/?q=' . str_repeat('running+shoes+', 20), ['campaign' => $request->query['utm'], 'viewport' => '1920x1080', 'ab' => str_repeat('variant-b;', 25)]));
        return '204';
    });

    $accept = static function (int $i) use (&$accept, $server, $n): void {
        $server->emit(new ServerRequest('/product/' . $i, ['sid' => 'sess-' . ($i % 50), 'utm' => 'spring-sale']));
        if ($i + 1 < $n) {
            Loop::futureTick(static fn () => $accept($i + 1));
        }
    };
    Loop::futureTick(static fn () => $accept(0));
    Loop::run();
}
