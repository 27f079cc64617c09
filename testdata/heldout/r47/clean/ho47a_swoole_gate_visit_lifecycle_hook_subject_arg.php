<?php

declare(strict_types=1);

// In-gate OCR portal service: a Swoole HTTP server receives each truck's
// portal read, checks it against the gate appointment and releases the
// truck into the yard or turns it back to the trouble lane.

namespace Swoole\Http {
    // stand-ins for ext-swoole's HTTP server (the extension is not loaded)
    final class Request
    {
        public array $header = [];
        public array $server = [];
        public function __construct(private string $content) {}
        public function rawContent(): string { return $this->content; }
    }

    final class Response
    {
        public int $statusCode = 200;
        public function status(int $code): void { $this->statusCode = $code; }
        public function header(string $key, string $value): void {}
        public function end(string $body = ''): bool { return true; }
    }

    final class Server
    {
        private array $handlers = [];

        public function __construct(public string $host, public int $port) {}

        public function on(string $event, callable $handler): void
        {
            $this->handlers[strtolower($event)] = $handler;
        }

        public function start(): bool
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $req = new Request(json_encode([
                    'lane' => 'IN-' . ($i % 8 + 1),
                    'plate' => sprintf('HH-GT-%04d', $i % 10000),
                    'container' => sprintf('HLXU%07d', 6100000 + $i),
                    'iso' => ['45G1', '22G1', '45R1'][$i % 3],
                    'seal' => 'S' . bin2hex(random_bytes(6)),
                    'appointment' => $i % 9 === 0 ? null : sprintf('APT-%08d', 5000000 + $i),
                    'ocr' => ['confidence' => 0.91 + ($i % 8) / 100, 'image' => base64_encode(random_bytes(240))],
                    'damage' => $i % 13 === 0 ? 'dent left door' : '',
                ]));
                $req->server = ['request_uri' => '/portal/read', 'request_method' => 'POST'];
                ($this->handlers['request'])($req, new Response());
            }

            return true;
        }
    }
}

namespace Port\Gate {
    final class Hooks
    {
        /** A listener that calls $method on the subject the event is fired with. */
        public static function onSubject(string $method): \Closure
        {
            return static fn (object $subject, mixed ...$args) => $subject->{$method}(...$args);
        }
    }

    final class VisitLifecycle
    {
        /** @var array<string,list<\Closure>> */
        private array $listeners = [];

        public function on(string $event, \Closure $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function fire(string $event, mixed ...$args): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener(...$args);
            }
        }
    }

    final class LaneBoard
    {
        /** @var array<string,int> */
        private array $busy = [];
        /** @var array<string,int> */
        private array $turnedBack = [];

        public function __construct(array $lanes)
        {
            $this->busy = array_fill_keys($lanes, 0);
            $this->turnedBack = array_fill_keys($lanes, 0);
        }

        public function enter(string $lane): void
        {
            if (!isset($this->busy[$lane])) {
                throw new \InvalidArgumentException("unknown lane $lane");
            }
            $this->busy[$lane]++;
        }

        public function leave(string $lane, bool $turnedBack): void
        {
            $this->busy[$lane]--;
            if ($turnedBack) {
                $this->turnedBack[$lane]++;
            }
        }
    }

    final class GateVisit
    {
        private VisitLifecycle $lifecycle;
        private ?string $outcome = null;

        public function __construct(
            private readonly LaneBoard $lanes,
            public readonly string $lane,
            public readonly string $plate,
            public readonly string $container,
            public readonly string $isoCode,
            public readonly string $seal,
            public readonly ?string $appointment,
            public readonly string $ocrImage,
            public readonly string $damage,
        ) {
            $this->lifecycle = new VisitLifecycle();
            $this->lifecycle->on('closed', Hooks::onSubject('freeLane'));
            $this->lanes->enter($lane);
        }

        public function release(): void
        {
            $this->outcome = 'released';
            $this->lifecycle->fire('closed', $this, false);
        }

        public function turnBack(string $reason): void
        {
            $this->outcome = 'trouble:' . $reason;
            $this->lifecycle->fire('closed', $this, true);
        }

        public function outcome(): ?string
        {
            return $this->outcome;
        }

        public function freeLane(bool $turnedBack): void
        {
            $this->lanes->leave($this->lane, $turnedBack);
        }
    }

    final class PortalReadHandler
    {
        public function __construct(private readonly LaneBoard $lanes) {}

        /** @return array{status:int,outcome:string} */
        public function handle(array $read): array
        {
            $visit = new GateVisit(
                $this->lanes,
                $read['lane'],
                $read['plate'],
                $read['container'],
                $read['iso'],
                $read['seal'],
                $read['appointment'],
                $read['ocr']['image'],
                $read['damage'],
            );

            if ($visit->appointment === null) {
                $visit->turnBack('no-appointment');
            } elseif ($visit->damage !== '') {
                $visit->turnBack('damage-survey');
            } else {
                $visit->release();
            }

            return ['status' => $visit->outcome() === 'released' ? 200 : 409, 'outcome' => $visit->outcome()];
        }
    }
}

namespace {
    use Port\Gate\LaneBoard;
    use Port\Gate\PortalReadHandler;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $handler = new PortalReadHandler(new LaneBoard(['IN-1', 'IN-2', 'IN-3', 'IN-4', 'IN-5', 'IN-6', 'IN-7', 'IN-8']));

    $server = new Server('0.0.0.0', 9601);
    $server->on('request', static function (Request $request, Response $response) use ($handler): void {
        $result = $handler->handle(json_decode($request->rawContent(), true, 4, JSON_THROW_ON_ERROR));
        $response->status($result['status']);
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($result));
    });
    $server->start();
}
