<?php

declare(strict_types=1);

namespace Workerman\Protocols\Http {
    /*
     * Stand-ins for workerman/workerman's HTTP request and connection.
     */
    final class Request
    {
        /**
         * @param array<string, string> $query
         * @param array<string, string> $headers
         */
        public function __construct(private string $uri, private array $query, private array $headers)
        {
        }

        public function get(string $name, mixed $default = null): mixed
        {
            return $this->query[$name] ?? $default;
        }

        public function header(string $name, mixed $default = null): mixed
        {
            return $this->headers[strtolower($name)] ?? $default;
        }

        public function uri(): string
        {
            return $this->uri;
        }
    }
}

namespace Workerman\Connection {
    final class TcpConnection
    {
        public function send(string $buffer): bool
        {
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class Worker
    {
        public int $count = 1;

        public string $name = 'none';

        /** @var callable|null */
        public $onMessage = null;

        /** @var list<Worker> */
        private static array $workers = [];

        public function __construct(public readonly string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $skus = ['ROUTER-AX3000', 'SWITCH-8P-POE', 'AP-CEILING-6E', 'NAS-4BAY'];
            $tiers = ['retail', 'business', 'partner'];
            $messages = (int) (getenv('PHPLEAK_N') ?: 100);

            foreach (self::$workers as $worker) {
                $connection = new TcpConnection();
                for ($i = 0; $i < $messages; $i++) {
                    $request = new Request(
                        '/quote',
                        ['sku' => $skus[$i % 4], 'tier' => $tiers[$i % 3]],
                        ['x-customer-id' => sprintf('cus_%010d', 700000 + $i), 'accept' => 'application/json'],
                    );
                    ($worker->onMessage)($connection, $request);
                }
            }
        }
    }
}
