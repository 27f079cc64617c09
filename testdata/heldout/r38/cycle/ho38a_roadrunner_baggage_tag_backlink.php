<?php

declare(strict_types=1);

/*
 * Baggage reconciliation endpoint behind RoadRunner: every BSM (baggage
 * source message) scan from a sortation or make-up position becomes a Bag
 * with its tag, routing legs and a scan event, and is answered with the
 * bag's next handling instruction.
 */

// ---- RoadRunner stand-in -------------------------------------------------

final class RoadRunnerPsrWorker
{
    private int $served = 0;

    public function __construct(private int $limit, private \Closure $source)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        return ($this->source)($this->served++);
    }

    public function respond(int $status, string $body): void
    {
        // the relay would write the frame to the RoadRunner pipe
    }
}

// ---- Domain ----------------------------------------------------------------

final class RoutingLeg
{
    public function __construct(
        public readonly string $flight,
        public readonly string $date,
        public readonly string $destination,
        public readonly string $class,
    ) {
    }
}

final class BagTag
{
    public function __construct(
        public readonly string $licensePlate,
        public readonly string $issuingCarrier,
        private Bag $bag, // leak
    ) {
    }

    public static function issue(Bag $bag, string $licensePlate): self
    {
        $tag = new self($licensePlate, substr($licensePlate, 1, 3), $bag);
        $bag->attachTag($tag);

        return $tag;
    }

    public function bag(): Bag
    {
        return $this->bag;
    }

    public function finalDestination(): string
    {
        $legs = $this->bag()->legs();

        return $legs[array_key_last($legs)]->destination;
    }
}

final class Bag
{
    private ?BagTag $tag = null;

    /** @var list<RoutingLeg> */
    private array $legs = [];

    /** @var list<array{station: string, at: string, position: string}> */
    private array $scans = [];

    public function __construct(
        public readonly string $passengerName,
        public readonly string $pnr,
        public readonly int $weightKg,
    ) {
    }

    public function attachTag(BagTag $tag): void
    {
        $this->tag = $tag; // leak
    }

    public function tag(): ?BagTag
    {
        return $this->tag;
    }

    public function addLeg(RoutingLeg $leg): void
    {
        $this->legs[] = $leg;
    }

    /** @return list<RoutingLeg> */
    public function legs(): array
    {
        return $this->legs;
    }

    public function recordScan(string $station, string $position, string $at): void
    {
        $this->scans[] = ['station' => $station, 'at' => $at, 'position' => $position];
    }

    public function isTransfer(string $station): bool
    {
        return count($this->legs) > 1 && $this->legs[0]->destination === $station;
    }
}

// ---- Application -----------------------------------------------------------

final class BsmParser
{
    /** @return array{plate: string, name: string, pnr: string, weight: int, legs: list<array>} */
    public function parse(string $bsm): array
    {
        $out = ['plate' => '', 'name' => '', 'pnr' => '', 'weight' => 0, 'legs' => []];
        foreach (explode("\n", $bsm) as $line) {
            $element = substr($line, 0, 2);
            $value = substr($line, 3);
            switch ($element) {
                case '.N':
                    $out['plate'] = substr($value, 0, 10);
                    break;
                case '.P':
                    $out['name'] = substr($value, 1);
                    break;
                case '.L':
                    $out['pnr'] = $value;
                    break;
                case '.W':
                    $out['weight'] = (int) substr($value, 4);
                    break;
                case '.F':
                case '.O':
                    $out['legs'][] = explode('/', $value);
                    break;
            }
        }
        return $out;
    }
}

final class BaggageScanHandler
{
    public function __construct(private BsmParser $parser, private string $station)
    {
    }

    public function handle(array $request): array
    {
        $msg = $this->parser->parse($request['body']);

        $bag = new Bag($msg['name'], $msg['pnr'], $msg['weight']);
        foreach ($msg['legs'] as [$flight, $date, $dest, $class]) {
            $bag->addLeg(new RoutingLeg($flight, $date, $dest, $class));
        }
        $tag = BagTag::issue($bag, $msg['plate']);
        $bag->recordScan($this->station, $request['position'], $request['scanned_at']);

        $instruction = $bag->isTransfer($this->station)
            ? 'TRANSFER ' . $bag->legs()[1]->flight
            : 'MAKEUP ' . $tag->finalDestination();

        return ['plate' => $tag->licensePlate, 'instruction' => $instruction];
    }
}

// ---- Worker ----------------------------------------------------------------

$handler = new BaggageScanHandler(new BsmParser(), 'LHR');
$names = ['SMITH/JOHNMR', 'PATEL/ANITAMS', 'NGUYEN/MINHMR', 'OKAFOR/CHIDIMS', 'MULLER/KLAUSMR'];
$onward = [['BA0117', 'JFK'], ['BA0283', 'LAX'], ['BA0015', 'SYD'], ['BA0032', 'HKG']];

$worker = new RoadRunnerPsrWorker(
    (int) (getenv('PHPLEAK_N') ?: 100),
    static function (int $i) use ($names, $onward): array {
        [$flight, $dest] = $onward[$i % count($onward)];
        $plate = sprintf('0125%06d', 300000 + $i);
        $bsm = implode("\n", [
            'BSM',
            '.V/1LLHR',
            sprintf('.F/BA0%03d/01MAY/LHR/Y', 400 + $i % 30),
            sprintf('.O/%s/01MAY/%s/Y', $flight, $dest),
            '.N/' . $plate . '001',
            '.P/1' . $names[$i % count($names)],
            sprintf('.L/%06X', 0xA10000 + $i),
            sprintf('.W/K/1/%d', 12 + $i % 20),
            'ENDBSM',
        ]);
        return [
            'body' => $bsm,
            'position' => 'T5-MU' . str_pad((string) ($i % 40), 2, '0', STR_PAD_LEFT),
            'scanned_at' => gmdate('Y-m-d\TH:i:s\Z', 1714550400 + $i * 11),
        ];
    },
);

while (($request = $worker->waitRequest()) !== null) {
    $result = $handler->handle($request);
    $worker->respond(200, $result['plate'] . ' ' . $result['instruction']);
}
