<?php

namespace Swoole\Http {

    /** Stand-in for Swoole\Http\Request: raw body plus header/server arrays. */
    class Request
    {
        public array $header = [];
        public array $server = [];

        public function __construct(string $method, string $uri, array $header, private string $body)
        {
            $this->server = ['request_method' => $method, 'request_uri' => $uri];
            $this->header = $header;
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    class Response
    {
        private int $status = 200;

        public function status(int $code): void
        {
            $this->status = $code;
        }

        public function header(string $name, string $value): void
        {
        }

        public function end(string $content = ''): void
        {
        }
    }

    /**
     * Stand-in for Swoole\Http\Server: one worker process; the callbacks
     * registered with on() live as long as the worker.
     */
    class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(private string $host, private int $port)
        {
        }

        public function set(array $settings): void
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);

            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $body = json_encode([
                    'point' => sprintf('PS%02d.DISCH_PRESS_LO', $i % 12),
                    'station' => sprintf('Booster Station %02d', $i % 12),
                    'value' => 1.2 + ($i % 7) / 10,
                    'limit' => 2.0,
                    'raised_at' => 1717200000 + $i * 30,
                    'sequence' => 7700000 + $i,
                ]);
                $request = new Request('POST', '/scada/alarms', ['content-type' => 'application/json'], $body);
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Events {

    /**
     * Worker-wide in-process event bus shared by the alarm services.
     */
    final class AlarmBus
    {
        /** @var array<string, list<array{callable, bool}>> */
        private array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = [$listener, false]; // leak
        }

        public function once(string $event, callable $listener): void
        {
            $this->listeners[$event][] = [$listener, true];
        }

        public function emit(string $event, object $payload): void
        {
            foreach ($this->listeners[$event] ?? [] as $i => [$listener, $once]) {
                if ($once) {
                    unset($this->listeners[$event][$i]);
                }
                $listener($payload);
            }
            if (($this->listeners[$event] ?? null) === []) {
                unset($this->listeners[$event]);
            }
        }
    }
}

namespace App\Alarms {

    use App\Events\AlarmBus;
    use Closure;

    final class Alarm
    {
        public function __construct(
            public readonly string $id,
            public readonly string $point,
            public readonly string $station,
            public readonly float $value,
            public readonly float $limit,
            public readonly int $raisedAt,
        ) {
        }

        public static function fromPayload(array $p): self
        {
            return new self('ALM-' . $p['sequence'], $p['point'], $p['station'], (float) $p['value'], (float) $p['limit'], (int) $p['raised_at']);
        }
    }

    final class Classification
    {
        public function __construct(
            public readonly string $alarmId,
            public readonly int $severity,
            public readonly string $reason,
        ) {
        }
    }

    final class Pager
    {
        private int $sent = 0;

        public function page(string $rota, string $text): void
        {
            $sms = sprintf('[%s] %s', strtoupper($rota), $text);
            $this->sent++;
        }
    }

    final class AlarmClassifier
    {
        public function __construct(private AlarmBus $bus)
        {
        }

        public function classify(Alarm $alarm): Classification
        {
            $deficit = ($alarm->limit - $alarm->value) / $alarm->limit;
            $severity = $deficit > 0.3 ? 3 : ($deficit > 0.1 ? 2 : 1);
            $result = new Classification($alarm->id, $severity, sprintf('%.0f%% below low limit', $deficit * 100));
            $this->bus->emit('alarm.classified', $result);

            return $result;
        }
    }

    /**
     * Pages the on-call operator once an alarm has been classified as major.
     */
    final class EscalationPolicy
    {
        public function __construct(private AlarmBus $bus, private Pager $pager, private int $pageAtSeverity = 3)
        {
        }

        public function watch(Alarm $alarm): void
        {
            $this->bus->on('alarm.classified', $this->pageWhenMajor($alarm)); // leak
        }

        private function pageWhenMajor(Alarm $alarm): Closure
        {
            return function (Classification $c) use ($alarm): void {
                if ($c->alarmId !== $alarm->id || $c->severity < $this->pageAtSeverity) {
                    return;
                }
                $this->pager->page('distribution-oncall', sprintf('%s %s: %.2f bar (%s)', $alarm->station, $alarm->point, $alarm->value, $c->reason));
            };
        }
    }

    final class AlarmController
    {
        public function __construct(private EscalationPolicy $escalation, private AlarmClassifier $classifier)
        {
        }

        public function store(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $alarm = Alarm::fromPayload(json_decode($request->rawContent(), true, 4, JSON_THROW_ON_ERROR));

            $this->escalation->watch($alarm);
            $result = $this->classifier->classify($alarm);

            $response->status(202);
            $response->header('content-type', 'application/json');
            $response->end(json_encode(['alarm' => $alarm->id, 'severity' => $result->severity]));
        }
    }
}

namespace {

    use App\Alarms\AlarmClassifier;
    use App\Alarms\AlarmController;
    use App\Alarms\EscalationPolicy;
    use App\Alarms\Pager;
    use App\Events\AlarmBus;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 1, 'max_request' => 0]);

    $controller = null;
    $server->on('workerStart', function () use (&$controller): void {
        $bus = new AlarmBus();
        $controller = new AlarmController(
            new EscalationPolicy($bus, new Pager()),
            new AlarmClassifier($bus),
        );
    });

    $server->on('request', function ($request, $response) use (&$controller): void {
        $controller->store($request, $response);
    });

    $server->start();
}
