<?php

declare(strict_types=1);

/*
 * Device-shadow bridge: a ReactPHP process subscribed to "$aws/things/+/shadow/update"
 * that fans each packet out to the shadow store and the alert router.
 */

// ------------------------------------------------------------ react stand-ins

final class Loop
{
    private static ?Loop $instance = null;

    /** @var array<int, array{float, callable}> */
    private array $timers = [];
    private bool $running = false;

    public static function get(): self
    {
        return self::$instance ??= new self();
    }

    public function addPeriodicTimer(float $interval, callable $callback): int
    {
        $this->timers[] = [$interval, $callback];

        return array_key_last($this->timers);
    }

    public function stop(): void
    {
        $this->running = false;
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running) {
            foreach ($this->timers as $id => [, $callback]) {
                $callback($id);
            }
        }
    }
}

final class MqttPacket
{
    public function __construct(
        public readonly string $topic,
        public readonly string $messageId,
        public readonly string $payload,
        public readonly int $qos = 1,
    ) {
    }
}

final class MqttConnection
{
    /** @var array<string, list<callable>> */
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event][] = $handler;
    }

    public function emit(string $event, array $args): void
    {
        foreach ($this->handlers[$event] ?? [] as $handler) {
            $handler(...$args);
        }
    }
}

// ---------------------------------------------------------------- application

trait DecodesShadowPayload
{
    /** @var array<string, array> */
    private static array $decoded = [];

    protected function documentOf(MqttPacket $packet): array
    {
        $key = self::documentKey($packet);
        if (!isset(self::$decoded[$key])) {
            self::$decoded[$key] = json_decode($packet->payload, true, 16, JSON_THROW_ON_ERROR); // leak
        }

        return self::$decoded[$key];
    }

    private static function documentKey(MqttPacket $packet): string
    {
        $thing = explode('/', $packet->topic)[2] ?? '_';

        return "{$thing}:{$packet->messageId}";
    }
}

final class ShadowStore
{
    use DecodesShadowPayload;

    /** @var array<string, array{version: int, power: bool}> */
    private array $summary = [];

    public function __invoke(MqttPacket $packet): void
    {
        $doc = $this->documentOf($packet);
        $thing = explode('/', $packet->topic)[2];
        // Only a small, fixed fleet of appliances is paired with this hub.
        $this->summary[$thing] = [
            'version' => (int) $doc['version'],
            'power' => (bool) ($doc['state']['reported']['power'] ?? false),
        ];
    }
}

final class AlertRouter
{
    use DecodesShadowPayload;

    private int $alerts = 0;

    public function __construct(private float $maxTemperature)
    {
    }

    public function __invoke(MqttPacket $packet): void
    {
        $reported = $this->documentOf($packet)['state']['reported'] ?? [];
        if (($reported['temperature'] ?? 0) > $this->maxTemperature || ($reported['fault'] ?? null) !== null) {
            $this->alerts++;
        }
    }
}

function uuid_from(int $seed): string
{
    $h = md5("shadow-$seed");

    return sprintf('%s-%s-%s-%s-%s', substr($h, 0, 8), substr($h, 8, 4), substr($h, 12, 4), substr($h, 16, 4), substr($h, 20, 12));
}

$connection = new MqttConnection();
$connection->on('message', new ShadowStore());
$connection->on('message', new AlertRouter(65.0));

$things = ['washer-bosch-01', 'dryer-bosch-01', 'oven-miele-01', 'boiler-vaillant', 'heatpump-daikin'];
$loop = Loop::get();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$i = 0;
// Stand-in for the socket: one packet from the broker per timer tick.
$loop->addPeriodicTimer(0.01, static function () use ($connection, $things, $loop, $n, &$i): void {
    if ($i >= $n) {
        $loop->stop();

        return;
    }
    $thing = $things[$i % count($things)];
    $packet = new MqttPacket(
        "\$aws/things/$thing/shadow/update",
        uuid_from($i),
        json_encode([
            'version' => $i,
            'timestamp' => 1_700_000_000 + $i * 30,
            'state' => ['reported' => [
                'power' => $i % 3 !== 0,
                'temperature' => 20 + ($i % 50),
                'program' => ['eco', 'intensive', 'quick', 'auto'][$i % 4],
                'remaining_s' => 3600 - ($i % 3600),
                'fault' => $i % 97 === 0 ? 'E' . ($i % 20) : null,
            ]],
            'metadata' => ['reported' => ['temperature' => ['timestamp' => 1_700_000_000 + $i * 30]]],
            'clientToken' => bin2hex(random_bytes(8)),
        ]),
    );
    $i++;
    $connection->emit('message', [$packet]);
});
$loop->run();
