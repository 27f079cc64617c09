<?php

declare(strict_types=1);

// ReactPHP daemon polling remote weather stations over Modbus/TCP gateways.
// Every poll opens a short-lived session with its own frame parser; the
// loop and the station directory live for the whole process.

trait EventEmitterTrait
{
    /** @var array<string, list<callable>> */
    protected array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function removeAllListeners(): void
    {
        $this->listeners = [];
    }
}

final class LoopStub
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class ModbusFrameParser
{
    use EventEmitterTrait;

    public function __construct(private readonly array $registerMap)
    {
    }

    public function feed(string $bytes): void
    {
        $words = array_values(unpack('n*', $bytes));
        $reading = [];
        foreach ($this->registerMap as $offset => [$name, $scale]) {
            $reading[$name] = ($words[$offset] ?? 0) / $scale;
        }
        $this->emit('reading', [$reading]);
    }
}

final class StationDirectory
{
    /** @var array<string, array> last reading per station, stations known at boot */
    private array $latest = [];

    public function __construct(private readonly array $stationIds)
    {
        foreach ($stationIds as $id) {
            $this->latest[$id] = [];
        }
    }

    public function record(string $stationId, array $reading): void
    {
        if (array_key_exists($stationId, $this->latest)) {
            $this->latest[$stationId] = $reading;
        }
    }
}

final class PollReadingCollector
{
    /** @var list<array> */
    private array $readings = [];

    public function __construct(
        private readonly string $stationId,
        private readonly string $pollId,
        private readonly StationDirectory $directory,
    ) {
    }

    public function collect(array $reading): void
    {
        $reading['poll'] = $this->pollId;
        $this->readings[] = $reading;
        $this->directory->record($this->stationId, $reading);
    }

    public function count(): int
    {
        return count($this->readings);
    }
}

final class StationPollSession
{
    private ModbusFrameParser $parser;
    private PollReadingCollector $collector;

    public function __construct(
        public readonly string $stationId,
        public readonly string $pollId,
        private readonly StationDirectory $directory,
        array $registerMap,
    ) {
        $this->collector = new PollReadingCollector($stationId, $pollId, $directory);
        $this->parser = new ModbusFrameParser($registerMap);
        $this->parser->on('reading', $this->collector->collect(...));
    }

    public function receive(string $bytes): void
    {
        $this->parser->feed($bytes);
    }

    public function close(): int
    {
        return $this->collector->count();
    }
}

final class StationPoller
{
    private const REGISTER_MAP = [
        0 => ['air_temp_c', 10],
        1 => ['rel_humidity_pct', 10],
        2 => ['wind_speed_ms', 100],
        3 => ['solar_wm2', 1],
        4 => ['soil_temp_10cm_c', 10],
        5 => ['rain_mm', 5],
    ];

    private int $polls = 0;

    public function __construct(private readonly LoopStub $loop, private readonly StationDirectory $directory)
    {
    }

    public function poll(string $stationId, string $frame): void
    {
        $this->loop->futureTick(function () use ($stationId, $frame): void {
            $session = new StationPollSession(
                $stationId,
                sprintf('%s#%d@%d', $stationId, ++$this->polls, 1719800000 + $this->polls * 600),
                $this->directory,
                self::REGISTER_MAP,
            );
            $session->receive($frame);
            $session->close();
        });
    }
}

$stations = ['AWS-NORTH-01', 'AWS-NORTH-02', 'AWS-RIVER-01', 'AWS-HILL-03'];
$loop = new LoopStub();
$poller = new StationPoller($loop, new StationDirectory($stations));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $frame = pack('n*', 180 + $i % 120, 640 + $i % 300, 230 + $i % 500, 400 + $i % 600, 150 + $i % 50, $i % 7);
    $poller->poll($stations[$i % count($stations)], $frame);
    $loop->run();
}
