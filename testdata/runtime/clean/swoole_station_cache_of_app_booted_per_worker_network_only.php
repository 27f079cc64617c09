<?php
// A Swoole weather API: the application is booted in each worker when it
// starts, and the request callback reaches it through the variable they
// share. The station cache keeps the latest observation of each network
// station, registered at boot, for the dashboard.

namespace Swoole\Http {
    final class Request
    {
        /** @param array<string, string> $get */
        public function __construct(public array $get)
        {
        }
    }

    final class Response
    {
        public function end(string $body = ''): void
        {
        }
    }

    final class Server
    {
        /** @var array<string, \Closure> */
        private array $handlers = [];

        public function on(string $event, \Closure $handler): void
        {
            $this->handlers[strtolower($event)] = $handler;
        }

        public function start(): void
        {
            ($this->handlers['workerstart'])($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                ($this->handlers['request'])(new Request(['station' => 'ST' . $i, 'raw' => str_repeat('T12 D04 P1013 ', 40)]), new Response());
            }
        }
    }
}

namespace Weather {
    final class StationCache
    {
        private const NETWORK = ['ST0', 'ST1', 'ST2', 'ST3', 'ST4', 'ST5'];

        /** @var array<string, string> */
        private array $latest = [];

        public function put(string $station, string $observation): void
        {
            if (!in_array($station, self::NETWORK, true)) {
                return;
            }
            $this->latest[$station] = $observation;
        }
    }

    final class Application
    {
        private function __construct(public readonly StationCache $cache)
        {
        }

        public static function boot(): self
        {
            return new self(new StationCache());
        }
    }
}

namespace {
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;
    use Weather\Application;

    $app = null;
    $server = new Server();
    $server->on('workerStart', static function (Server $server, int $workerId) use (&$app): void {
        $app = Application::boot();
    });
    $server->on('request', static function (Request $request, Response $response) use (&$app): void {
        $app->cache->put($request->get['station'], $request->get['raw']);
        $response->end('ok');
    });
    $server->start();
}
