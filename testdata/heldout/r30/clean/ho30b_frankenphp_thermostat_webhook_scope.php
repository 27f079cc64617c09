<?php

declare(strict_types=1);

/*
 * Thermostat cloud webhook served by a FrankenPHP worker
 * (`frankenphp php-server --worker public/index.php`).
 */

// ------------------------------------------------------- frankenphp stand-in

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $devices = ['tstat-living', 'tstat-bedroom', 'tstat-office', 'trv-bath', 'trv-kids', 'trv-hall'];
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/webhooks/thermostat';
        $_SERVER['HTTP_X_EVENT_ID'] = sprintf('evt_%d_%s', 1_700_000_000 + $i, substr(sha1((string) $i), 0, 12));
        $_POST = [
            'device' => $devices[$i % count($devices)],
            'setpoint' => 19.5 + intdiv($i, 4 * count($devices)) % 4 * 0.5,
            'mode' => ['heat', 'eco'][intdiv($i, 8 * count($devices)) % 2],
            'measured' => 18 + ($i % 40) / 10,
            'battery' => 100 - $i % 60,
            'raw' => base64_encode(random_bytes(300)),
        ];
        $handler();

        return true;
    }
}

// ---------------------------------------------------------------- application

final class LogContext
{
    private static ?self $current = null;

    /** @var list<array<string, scalar>> */
    private array $frames = [];

    public static function current(): self
    {
        return self::$current ??= new self();
    }

    public function push(array $frame): void
    {
        $this->frames[] = $frame;
    }

    public function pop(): void
    {
        array_pop($this->frames);
    }

    public function top(): array
    {
        return $this->frames === [] ? [] : $this->frames[array_key_last($this->frames)];
    }
}

final class JsonLineHandler
{
    private int $bytes = 0;

    public function handle(array $record): void
    {
        $this->bytes += strlen(json_encode($record)) + 1;
    }
}

final class Logger
{
    public function __construct(private string $channel, private JsonLineHandler $handler)
    {
    }

    public function info(string $message, array $context = []): void
    {
        $this->handler->handle([
            'channel' => $this->channel,
            'level' => 'INFO',
            'message' => $message,
            'context' => $context + LogContext::current()->top(),
        ]);
    }
}

final class ThermostatEvent
{
    public function __construct(
        public readonly string $id,
        public readonly string $device,
        public readonly float $setpoint,
        public readonly string $mode,
        public readonly float $measured,
        public readonly string $raw,
    ) {
    }

    public static function fromRequest(array $server, array $post): self
    {
        return new self(
            $server['HTTP_X_EVENT_ID'] ?? 'evt_unknown',
            (string) $post['device'],
            (float) $post['setpoint'],
            (string) $post['mode'],
            (float) $post['measured'],
            (string) ($post['raw'] ?? ''),
        );
    }
}

final class ThermostatStateRepository
{
    /** @var array<string, array{setpoint: float, mode: string}> one row per paired thermostat */
    private array $state = [];

    public function isUnchanged(ThermostatEvent $e): bool
    {
        $known = $this->state[$e->device] ?? null;

        return $known !== null && $known['setpoint'] === $e->setpoint && $known['mode'] === $e->mode;
    }

    public function apply(ThermostatEvent $e): void
    {
        $this->state[$e->device] = ['setpoint' => $e->setpoint, 'mode' => $e->mode];
    }
}

final class ThermostatWebhookController
{
    public function __construct(private ThermostatStateRepository $states, private Logger $logger)
    {
    }

    /** @return array{int, string} */
    public function __invoke(array $server, array $post): array
    {
        $event = ThermostatEvent::fromRequest($server, $post);
        LogContext::current()->push([
            'event_id' => $event->id,
            'device' => $event->device,
            'payload' => $event->raw,
        ]);

        try {
            // Cloud re-sends the full state on every measurement; most of it is noise.
            if ($this->states->isUnchanged($event)) {
                return [204, ''];
            }

            $this->states->apply($event);
            $this->logger->info('thermostat state changed', ['setpoint' => $event->setpoint, 'mode' => $event->mode]);

            return [200, '{"ok":true}'];
        } finally {
            LogContext::current()->pop();
        }
    }
}

final class Kernel
{
    private ThermostatWebhookController $controller;

    public function __construct()
    {
        $this->controller = new ThermostatWebhookController(
            new ThermostatStateRepository(),
            new Logger('webhooks', new JsonLineHandler()),
        );
    }

    public function handle(array $server, array $post): array
    {
        return ($this->controller)($server, $post);
    }
}

$kernel = new Kernel();
$handler = static function () use ($kernel): void {
    [$status, $body] = $kernel->handle($_SERVER, $_POST);
    http_response_code($status);
};

for ($running = true; $running;) {
    $running = frankenphp_handle_request($handler);
    gc_collect_cycles();
}
