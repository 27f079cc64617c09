<?php
// A ReactPHP HTTP server reads sessions from a sharded Redis setup through a client pool that picks a shard per cache key.

namespace React\Http {
    final class ServerRequest
    {
        public function __construct(public readonly string $path, public readonly array $cookies) {}
    }

    final class HttpServer
    {
        /** @var callable */
        private $handler;
        public function __construct(callable $handler) { $this->handler = $handler; }

        public function listen(int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                ($this->handler)(new ServerRequest('/account', ['PHPSESSID' => sprintf('sess%08x', $i * 2654435761 & 0xffffffff)]));
            }
        }
    }
}

namespace App\Redis {
    final class Client
    {
        public array $lastCommand = [];
        public function __construct(public readonly string $name, public readonly string $dsn, public readonly array $options) {}

        public function get(string $key): string
        {
            $this->lastCommand = ['GET', $key];
            return '{"user":42}';
        }
    }

    final class ShardedPool
    {
        /** @var array<string, Client> */
        private array $clients = [];

        /** @param array<string, string> $servers shard name => DSN, from config at boot */
        public function __construct(private array $servers) {}

        public function clientFor(string $key): Client
        {
            $names = array_keys($this->servers);
            $shard = $names[crc32($key) % count($names)];
            $name = ClientName::for($shard);

            return $this->clients[$name] ??= new Client($name, $this->servers[$shard], [ // leak
                'timeout' => 1.5, 'read_timeout' => 2.0, 'prefix' => 'app:', 'client_name' => "php-worker:{$name}",
                'tls' => ['verify_peer' => true, 'cafile' => '/etc/ssl/certs/ca-certificates.crt'],
            ]);
        }
    }

    final class ClientName
    {
        public static function for(string $shard): string
        {
            return $shard . '-' . bin2hex(random_bytes(6));
        }
    }
}

namespace {
    use App\Redis\ShardedPool;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $pool = new ShardedPool([
        'sessions-a' => 'redis://10.0.0.11:6379/2',
        'sessions-b' => 'redis://10.0.0.12:6379/2',
        'sessions-c' => 'redis://10.0.0.13:6379/2',
    ]);

    $server = new HttpServer(function (ServerRequest $request) use ($pool) {
        $key = 'session:' . $request->cookies['PHPSESSID'];
        return $pool->clientFor($key)->get($key);
    });
    $server->listen($n);
}
