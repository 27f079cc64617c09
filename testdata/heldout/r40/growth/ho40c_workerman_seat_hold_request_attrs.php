<?php

declare(strict_types=1);

/*
 * Seat-hold API on a Workerman HTTP worker. A small middleware chain parses
 * the hold command once and parks it in a request-attribute store, so the
 * rate check, the controller and the access log all read the same object.
 */

namespace Workerman\Protocols\Http {
    final class Request
    {
        private array $headers;

        public function __construct(private string $buffer, array $headers)
        {
            $this->headers = array_change_key_case($headers);
        }

        public function header(string $name, ?string $default = null): ?string
        {
            return $this->headers[strtolower($name)] ?? $default;
        }

        public function rawBody(): string
        {
            return $this->buffer;
        }

        public function path(): string
        {
            return '/api/events/holds';
        }
    }
}

namespace Workerman\Connection {
    final class TcpConnection
    {
        public static int $idRecorder = 1;
        public readonly int $id;
        public string $lastSent = '';

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function send(string $buffer): void
        {
            $this->lastSent = $buffer;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class Worker
    {
        /** @var null|callable(TcpConnection, Request): void */
        public $onMessage = null;
        /** @var null|callable(TcpConnection): void */
        public $onClose = null;
        public int $count = 1;

        /** @var list<Worker> */
        private static array $workers = [];

        public function __construct(public readonly string $socketName)
        {
            self::$workers[] = $this;
        }

        /** Stand-in for the event loop: short-lived HTTP/1.0 connections from the storefront. */
        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                for ($i = 0; $i < $n; $i++) {
                    $connection = new TcpConnection(sprintf('172.16.%d.%d:%d', $i % 16, $i % 200, 50000 + $i % 9000));
                    $request = new Request(json_encode([
                        'event_id' => 3300 + $i % 4,
                        'seats' => ['ORCH-' . chr(65 + $i % 12) . '-' . ($i % 20 + 1), 'ORCH-' . chr(65 + $i % 12) . '-' . ($i % 20 + 2)],
                        'cart' => bin2hex(random_bytes(16)),
                        'device_fingerprint' => hash('sha512', random_bytes(32)),
                    ]), [
                        'Host' => 'tickets.example',
                        'X-Forwarded-For' => sprintf('81.2.%d.%d', $i % 250, ($i * 7) % 250),
                        'User-Agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 6) . ' like Mac OS X) TicketApp/' . (300 + $i % 9),
                    ]);
                    ($worker->onMessage)($connection, $request);
                    if ($worker->onClose) {
                        ($worker->onClose)($connection);
                    }
                    // the connection is destroyed once closed, its request with it
                    unset($connection, $request);
                }
            }
        }
    }
}

namespace App\Holds {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    final class HoldCommand
    {
        /** @param list<string> $seats */
        public function __construct(
            public readonly int $eventId,
            public readonly array $seats,
            public readonly string $cartId,
            public readonly string $fingerprint,
            public readonly string $clientIp,
            public readonly string $userAgent,
        ) {
        }
    }

    final class RequestAttributes
    {
        /** @var array<string, array<string, mixed>> */
        private array $slots = [];

        public function set(TcpConnection $connection, Request $request, string $name, mixed $value): void
        {
            $this->slots[$this->slotFor($connection, $request)][$name] = $value; // leak
        }

        public function get(TcpConnection $connection, Request $request, string $name): mixed
        {
            return $this->slots[$this->slotFor($connection, $request)][$name] ?? null;
        }

        private function slotFor(TcpConnection $connection, Request $request): string
        {
            return 'conn#' . $connection->id;
        }
    }

    final class SeatBook
    {
        /** @var array<string, string> seat => cart, for the seats of tonight's map */
        private array $held = [];

        public function __construct(private array $seatMap)
        {
        }

        public function hold(HoldCommand $command): bool
        {
            foreach ($command->seats as $seat) {
                if (!isset($this->seatMap[$seat])) {
                    return false;
                }
            }
            foreach ($command->seats as $seat) {
                $this->held[$seat] = $command->cartId;
            }

            return true;
        }
    }

    final class HoldApi
    {
        public function __construct(private RequestAttributes $attributes, private SeatBook $book)
        {
        }

        public function parse(TcpConnection $connection, Request $request): void
        {
            $body = json_decode($request->rawBody(), true, 4, JSON_THROW_ON_ERROR);
            $this->attributes->set($connection, $request, 'hold', new HoldCommand(
                (int) $body['event_id'],
                array_values($body['seats']),
                (string) $body['cart'],
                (string) $body['device_fingerprint'],
                (string) $request->header('X-Forwarded-For', $connection->remoteAddress),
                (string) $request->header('User-Agent', ''),
            ));
        }

        public function handle(TcpConnection $connection, Request $request): void
        {
            $command = $this->attributes->get($connection, $request, 'hold');
            $ok = $command instanceof HoldCommand && $this->book->hold($command);
            $connection->send(json_encode(['held' => $ok, 'seats' => $command?->seats]));
        }
    }
}

namespace {
    use App\Holds\HoldApi;
    use App\Holds\RequestAttributes;
    use App\Holds\SeatBook;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Worker;

    $seatMap = [];
    foreach (range('A', 'L') as $row) {
        for ($s = 1; $s <= 21; $s++) {
            $seatMap["ORCH-$row-$s"] = 'orchestra';
        }
    }

    $api = new HoldApi(new RequestAttributes(), new SeatBook($seatMap));

    $http = new Worker('http://0.0.0.0:8080');
    $http->count = 4;
    $http->onMessage = static function (TcpConnection $connection, Request $request) use ($api): void {
        $api->parse($connection, $request);
        $api->handle($connection, $request);
    };

    Worker::runAll();
}
