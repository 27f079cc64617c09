<?php

declare(strict_types=1);

/*
 * Crew-control legality service on Workerman: rostering clients send a
 * pairing (duty periods with their sectors) for one crew member and get
 * back flight-duty-period and block-hour checks against EASA ORO.FTL.
 */

// ---- Workerman stand-in ----------------------------------------------------

final class TcpConnection
{
    public ?string $lastSent = null;

    public function __construct(public readonly int $id)
    {
    }

    public function send(string $buffer): bool
    {
        $this->lastSent = $buffer;
        return true;
    }
}

final class Worker
{
    /** @var null|callable(TcpConnection, string): void */
    public $onMessage = null;

    /** @var null|callable(int): string */
    public $feed = null;

    public function __construct(public string $socketName, public int $limit)
    {
    }

    public function runAll(): void
    {
        $connection = new TcpConnection(1);
        for ($i = 0; $i < $this->limit; $i++) {
            ($this->onMessage)($connection, ($this->feed)($i));
        }
    }
}

// ---- Legality rules ------------------------------------------------------

final class FtlLimits
{
    public function __construct(
        public readonly int $maxFdpMinutes = 13 * 60,
        public readonly int $maxSectors = 6,
        public readonly int $max28DayBlockMinutes = 100 * 60,
        public readonly int $minRestMinutes = 12 * 60,
    ) {
    }
}

final class CrewLegalityService
{
    public function __construct(private FtlLimits $limits)
    {
    }

    /**
     * @param array{crew: array, pairing: array} $request
     * @return array{crew: string, legal: bool, findings: list<string>}
     */
    public function check(array $request): array
    {
        $pairing = $request['pairing'];
        $totals = ['block' => 0, 'sectors' => 0, 'findings' => []];

        $walk = function (array $node, int $depth, \Closure $walk) use (&$totals, $pairing): void {
            switch ($node['kind']) {
                case 'pairing':
                    foreach ($node['duties'] as $duty) {
                        $walk($duty, $depth + 1, $walk);
                    }
                    break;
                case 'duty':
                    $fdp = $this->minutes($node['report'], $node['release']);
                    if ($fdp > $this->limits->maxFdpMinutes) {
                        $totals['findings'][] = sprintf('%s duty %s: FDP %d min exceeds %d', $pairing['id'], $node['date'], $fdp, $this->limits->maxFdpMinutes);
                    }
                    if (count($node['sectors']) > $this->limits->maxSectors) {
                        $totals['findings'][] = sprintf('%s duty %s: %d sectors', $pairing['id'], $node['date'], count($node['sectors']));
                    }
                    foreach ($node['sectors'] as $sector) {
                        $walk($sector, $depth + 1, $walk);
                    }
                    break;
                case 'sector':
                    $totals['sectors']++;
                    $totals['block'] += $this->minutes($node['off'], $node['on']);
                    break;
            }
        };
        $walk($pairing, 0, $walk);

        $rolling = $request['crew']['block_28d'] + $totals['block'];
        if ($rolling > $this->limits->max28DayBlockMinutes) {
            $totals['findings'][] = sprintf('28-day block %d min exceeds %d', $rolling, $this->limits->max28DayBlockMinutes);
        }

        return [
            'crew' => $request['crew']['staff_no'],
            'legal' => $totals['findings'] === [],
            'findings' => $totals['findings'],
        ];
    }

    private function minutes(string $from, string $to): int
    {
        [$fh, $fm] = explode(':', $from);
        [$th, $tm] = explode(':', $to);
        $d = ((int) $th * 60 + (int) $tm) - ((int) $fh * 60 + (int) $fm);
        return $d < 0 ? $d + 1440 : $d;
    }
}

// ---- Worker ------------------------------------------------------------------

$service = new CrewLegalityService(new FtlLimits());
$stations = ['LHR', 'EDI', 'GVA', 'MAD', 'ATH', 'CPH', 'DUB'];

$worker = new Worker('websocket://0.0.0.0:2346', (int) (getenv('PHPLEAK_N') ?: 100));
$worker->feed = static function (int $i) use ($stations): string {
    $duties = [];
    for ($d = 0; $d < 3; $d++) {
        $sectors = [];
        $out = $stations[($i + $d) % count($stations)];
        foreach ([['07:10', '09:05'], ['10:00', '11:50'], ['13:15', '15:20']] as $k => [$off, $on]) {
            $sectors[] = [
                'kind' => 'sector',
                'flight' => sprintf('BA%04d', 1300 + ($i * 7 + $d * 3 + $k) % 700),
                'from' => $k % 2 ? $out : 'LHR',
                'to' => $k % 2 ? 'LHR' : $out,
                'off' => $off,
                'on' => $on,
            ];
        }
        $duties[] = [
            'kind' => 'duty',
            'date' => sprintf('2024-05-%02d', 1 + ($i + $d) % 28),
            'report' => '06:05',
            'release' => $d === 2 && $i % 5 === 0 ? '19:40' : '15:50',
            'sectors' => $sectors,
        ];
    }
    return json_encode([
        'crew' => ['staff_no' => sprintf('%06d', 210000 + $i), 'rank' => $i % 3 ? 'FO' : 'CPT', 'block_28d' => 4000 + ($i * 37) % 2000],
        'pairing' => ['kind' => 'pairing', 'id' => sprintf('P%05d', 50000 + $i), 'base' => 'LHR', 'duties' => $duties],
    ]);
};
$worker->onMessage = static function (TcpConnection $connection, string $data) use ($service): void {
    $result = $service->check(json_decode($data, true, 16, JSON_THROW_ON_ERROR));
    $connection->send(json_encode($result));
};

$worker->runAll();
