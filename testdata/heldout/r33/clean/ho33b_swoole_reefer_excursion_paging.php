<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];

        public function __construct(private readonly string $body)
        {
        }

        public function getContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $statusCode = 200;
        public int $written = 0;

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $name, string $value): void
        {
        }

        public function end(string $body = ''): void
        {
            $this->written += strlen($body);
        }
    }

    /** Stand-in for a Swoole HTTP server running a single worker process. */
    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(private readonly \Closure $traffic)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'])($this, 0);
            foreach (($this->traffic)() as [$request, $response]) {
                ($this->callbacks['request'])($request, $response);
            }
        }
    }
}

namespace ColdChain\Monitoring {

    final class EventDispatcher
    {
        /** @var array<string, array<int, callable>> */
        private array $listeners = [];
        private int $nextId = 0;

        public function listen(string $event, callable $listener): int
        {
            $id = ++$this->nextId;
            $this->listeners[$event][$id] = $listener;

            return $id;
        }

        public function forget(string $event, int $id): void
        {
            unset($this->listeners[$event][$id]);
        }

        public function dispatch(string $event, object $payload): int
        {
            $called = 0;
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener($payload);
                $called++;
            }

            return $called;
        }
    }

    final class Shipment
    {
        public function __construct(
            public readonly string $id,
            public readonly string $reeferId,
            public readonly string $commodity,
            public readonly float $setpointC,
            public readonly float $toleranceC,
            public readonly string $consignee,
            public readonly string $dispatcherPhone,
            public readonly string $manifest,
        ) {
        }
    }

    final class ExcursionDetected
    {
        public function __construct(
            public readonly string $shipmentId,
            public readonly string $reeferId,
            public readonly float $observedC,
            public readonly int $observedAt,
        ) {
        }
    }

    final class SmsNotifier
    {
        private int $sent = 0;

        public function send(string $to, string $text): void
        {
            $this->sent += (int) ceil(strlen($text) / 160);
        }
    }

    final class EscalationPolicy
    {
        /**
         * Builds the listener that pages the shipment's dispatcher when an
         * excursion on its reefer lasts past the commodity's tolerance.
         */
        public static function listenerFor(Shipment $shipment, SmsNotifier $notifier): \Closure
        {
            return static function (ExcursionDetected $event) use ($shipment, $notifier): void {
                if ($event->shipmentId !== $shipment->id) {
                    return;
                }
                $notifier->send($shipment->dispatcherPhone, sprintf(
                    '%s excursion on %s: %.1fC (setpoint %.1fC) for %s',
                    $shipment->commodity,
                    $shipment->reeferId,
                    $event->observedC,
                    $shipment->setpointC,
                    $shipment->consignee,
                ));
            };
        }
    }

    final class ReeferReadingHandler
    {
        public function __construct(
            private readonly EventDispatcher $events,
            private readonly SmsNotifier $notifier,
        ) {
        }

        public function handle(array $reading): array
        {
            $shipment = new Shipment(
                $reading['shipment']['id'],
                $reading['reefer_id'],
                $reading['shipment']['commodity'],
                (float) $reading['shipment']['setpoint_c'],
                (float) $reading['shipment']['tolerance_c'],
                $reading['shipment']['consignee'],
                $reading['shipment']['dispatcher_phone'],
                $reading['shipment']['manifest'],
            );

            $token = $this->events->listen('reefer.excursion', EscalationPolicy::listenerFor($shipment, $this->notifier));

            try {
                $deviation = abs((float) $reading['supply_air_c'] - $shipment->setpointC);
                $notified = 0;
                if ($deviation > $shipment->toleranceC) {
                    $notified = $this->events->dispatch('reefer.excursion', new ExcursionDetected(
                        $shipment->id,
                        $shipment->reeferId,
                        (float) $reading['supply_air_c'],
                        (int) $reading['ts'],
                    ));
                }
            } finally {
                $this->events->forget('reefer.excursion', $token);
            }

            return ['shipment' => $shipment->id, 'deviation' => round($deviation, 2), 'notified' => $notified];
        }
    }
}

namespace {
    use ColdChain\Monitoring\EventDispatcher;
    use ColdChain\Monitoring\ReeferReadingHandler;
    use ColdChain\Monitoring\SmsNotifier;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $commodities = [['bananas', 13.3, 0.8], ['chilled beef', -1.0, 0.5], ['avocados', 5.5, 1.0], ['tulip bulbs', 2.0, 1.5]];

    $server = new Server(static function () use ($n, $commodities): \Generator {
        for ($i = 0; $i < $n; $i++) {
            [$commodity, $setpoint, $tolerance] = $commodities[$i % 4];
            $shipmentId = sprintf('SHP-%06d', 400000 + $i);
            yield [new Request(json_encode([
                'reefer_id' => sprintf('MSKU%07d', 1200000 + $i % 40),
                'ts' => 1718000000 + $i * 30,
                'supply_air_c' => $setpoint + (($i % 7) - 3) * 0.3,
                'shipment' => [
                    'id' => $shipmentId,
                    'commodity' => $commodity,
                    'setpoint_c' => $setpoint,
                    'tolerance_c' => $tolerance,
                    'consignee' => 'Consignee ' . substr(md5($shipmentId), 0, 10) . ' Distribution Center',
                    'dispatcher_phone' => '+3161' . str_pad((string) (1000000 + $i * 7919 % 999999), 7, '0'),
                    'manifest' => str_repeat($shipmentId . ';' . $commodity . ';', 8),
                ],
            ])), new Response()];
        }
    });

    $handler = null;

    $server->on('workerStart', static function (Server $server, int $workerId) use (&$handler): void {
        $handler = new ReeferReadingHandler(new EventDispatcher(), new SmsNotifier());
    });

    $server->on('request', static function (Request $request, Response $response) use (&$handler): void {
        $result = $handler->handle(json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR));
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode($result));
    });

    $server->start();
}
