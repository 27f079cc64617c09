<?php

declare(strict_types=1);

/*
 * ACARS gateway on a ReactPHP loop: OOOI downlinks (OUT of gate, OFF the
 * runway, ON the runway, IN at the gate) arrive on the ARINC/SITA stream;
 * the tracker keeps each tail's open movement until the IN message closes
 * it and the block time is published to the ops system.
 */

// ---- ReactPHP stand-ins ----------------------------------------------------

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
}

final class ThroughStream
{
    use EventEmitterTrait;

    public function write(string $data): void
    {
        $this->emit('data', [$data]);
    }
}

final class StreamSelectLoop
{
    /** @var list<callable> */
    private array $ticks = [];

    public function futureTick(callable $fn): void
    {
        $this->ticks[] = $fn;
    }

    public function run(): void
    {
        while ($this->ticks !== []) {
            $tick = array_shift($this->ticks);
            $tick();
        }
    }
}

// ---- ACARS -------------------------------------------------------------------

final class AcarsMessage
{
    public function __construct(
        public readonly string $tail,
        public readonly string $flight,
        public readonly string $event,
        public readonly string $time,
        public readonly string $station,
        public readonly string $freeText,
        public readonly string $raw,
    ) {
    }
}

final class OooiEvent
{
    public const OUT = 'OUT';
    public const OFF = 'OFF';
    public const ON = 'ON';
    public const IN = 'IN';
}

final class AcarsDownlinkParser
{
    /**
     * Type-B style downlink: "QU <addr>\n.<origin> <ddhhmm>\nM1 <tail>/<flight> <event> <hhmm> <stn>\n<free text>".
     */
    public function parse(string $raw): ?AcarsMessage
    {
        $lines = explode("\n", $raw);
        if (count($lines) < 4 || !str_starts_with($lines[2], 'M1 ')) {
            return null;
        }
        [$ids, $event, $time, $station] = explode(' ', substr($lines[2], 3), 4);
        [$tail, $flight] = explode('/', $ids, 2);

        return new AcarsMessage(
            tail: $tail,
            flight: $flight,
            event: $this->token($event),
            time: $time,
            station: $station,
            freeText: implode(' ', array_slice($lines, 3)),
            raw: $raw,
        );
    }

    private function token(string $value): string
    {
        return strtolower(trim($value));
    }
}

final class BlockTimeTracker
{
    /** @var array<string, list<AcarsMessage>> open movements per registration */
    private array $open = [];

    /** @var list<string> */
    public array $published = [];

    public function record(AcarsMessage $msg): void
    {
        $this->open[$msg->tail][] = $msg; // leak

        if ($msg->event === OooiEvent::IN) {
            $this->close($msg->tail);
        }
    }

    private function close(string $tail): void
    {
        $movement = $this->open[$tail];
        unset($this->open[$tail]);

        $out = $movement[0];
        $in = $movement[count($movement) - 1];
        $this->published = [sprintf('%s %s block %s-%s', $tail, $in->flight, $out->time, $in->time)];
    }
}

// ---- Wiring --------------------------------------------------------------

$loop = new StreamSelectLoop();
$stream = new ThroughStream();
$parser = new AcarsDownlinkParser();
$tracker = new BlockTimeTracker();

$stream->on('data', static function (string $chunk) use ($parser, $tracker): void {
    $msg = $parser->parse($chunk);
    if ($msg !== null) {
        $tracker->record($msg);
    }
});

$fleet = ['G-XWBA', 'G-XWBB', 'G-ZBJA', 'G-ZBKC', 'G-EUYA', 'G-EUPC', 'G-NEOP', 'G-TTNA', 'G-TTNB', 'G-EUXC'];
$sequence = [OooiEvent::OUT, OooiEvent::OFF, OooiEvent::ON, OooiEvent::IN];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

$feed = static function (int $i) use (&$feed, $n, $loop, $stream, $fleet, $sequence): void {
    if ($i >= $n) {
        return;
    }
    $tail = $fleet[$i % count($fleet)];
    $event = $sequence[intdiv($i, count($fleet)) % count($sequence)];
    $hhmm = sprintf('%02d%02d', 6 + intdiv($i, 60) % 17, $i % 60);
    $stream->write(implode("\n", [
        'QU LHRKOBA',
        sprintf('.DDLXCXA %02d%s', 1 + intdiv($i, 1440) % 28, $hhmm),
        sprintf('M1 %s/BA%04d %s %s %s', $tail, 100 + $i % 900, $event, $hhmm, ['LHR', 'EDI', 'JFK', 'ATH'][$i % 4]),
        sprintf('FOB %05d FUEL USED %05d ETA %s SEQ %07d CREW CPT %06d', 8000 + $i % 9000, 1200 + $i % 3000, $hhmm, $i, 210000 + $i % 4000),
        sprintf('DT DDL LHR %02d%s M%02dA /GS%03d/ALT%05d/OAT-%02d', 1 + intdiv($i, 1440) % 28, $hhmm, $i % 100, 120 + $i % 400, $i % 41000, $i % 57),
    ]));
    $loop->futureTick(static fn () => $feed($i + 1));
};

$loop->futureTick(static fn () => $feed(0));
$loop->run();
