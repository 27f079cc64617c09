<?php
// A ReactPHP HTTP server whose request logger resolves client countries through a function that loads its prefix table once into a static array.

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(private array $serverParams, private string $path) {}
        public function getServerParams(): array { return $this->serverParams; }
        public function getPath(): string { return $this->path; }
    }

    final class Response
    {
        public function __construct(public int $status, public array $headers, public string $body) {}
    }
}

namespace React\Http {
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        private $handler;
        public function __construct(callable $handler) { $this->handler = $handler; }

        /** Simulates the event loop delivering $count requests from distinct clients. */
        public function listenAndServe(int $count): void
        {
            for ($i = 1; $i <= $count; $i++) {
                $ip = sprintf('10.%d.%d.%d', ($i >> 16) & 255, ($i >> 8) & 255, $i & 255);
                ($this->handler)(new ServerRequest(['REMOTE_ADDR' => $ip], "/api/weather/{$i}"));
            }
        }
    }
}

namespace App {
    function geo_country(string $ip): array
    {
        static $table = null;
        if ($table === null) {
            $table = [];
            foreach (['DE', 'FR', 'US', 'JP'] as $i => $country) {
                $table[$i] = ['country' => $country, 'note' => str_repeat("prefix table for {$country}; ", 12)];
            }
        }
        $octets = array_map('intval', explode('.', $ip));
        return $table[$octets[3] % 4] + ['ip' => $ip, 'asn' => 'AS' . (64512 + $octets[2])];
    }

    final class AccessLog
    {
        public int $lines = 0;

        public function write(string $ip, string $path, int $status): void
        {
            $geo = geo_country($ip);
            $line = sprintf('%s [%s %s] "%s" %d', $ip, $geo['country'], $geo['asn'], $path, $status);
            $this->lines += $line !== '' ? 1 : 0;
        }
    }
}

namespace {
    use App\AccessLog;
    use React\Http\HttpServer;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $log = new AccessLog();
    $server = new HttpServer(function (ServerRequest $request) use ($log): Response {
        $response = new Response(200, ['Content-Type' => 'application/json'], json_encode(['temp' => 21.5, 'path' => $request->getPath()]));
        $log->write($request->getServerParams()['REMOTE_ADDR'], $request->getPath(), $response->status);
        return $response;
    });
    $server->listenAndServe($n);
}
