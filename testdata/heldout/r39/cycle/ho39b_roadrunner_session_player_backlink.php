<?php

declare(strict_types=1);

// RoadRunner PSR-7 worker stand-in: the relay hands the worker one request
// at a time until the pool recycles it.
final class Psr7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $maxJobs, private readonly Closure $relay)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }

        return ($this->relay)($this->served++);
    }

    public function respond(int $status, string $body): void
    {
        // written back to the relay pipe
    }
}

final class PlayerState
{
    private ?GameSession $session = null;

    public function __construct(
        public readonly string $id,
        public readonly string $team,
        public float $x,
        public float $y,
        public int $health,
        public readonly string $loadout,
    ) {
    }

    public static function fromArray(array $row): self
    {
        return new self(
            (string) $row['id'],
            (string) $row['team'],
            (float) $row['pos'][0],
            (float) $row['pos'][1],
            (int) $row['hp'],
            (string) $row['loadout'],
        );
    }

    public function attachTo(GameSession $session): void
    {
        $this->session = $session; // leak
    }

    public function move(float $dx, float $dy): void
    {
        $bounds = $this->session->bounds();
        $this->x = max(0.0, min($bounds[0], $this->x + $dx));
        $this->y = max(0.0, min($bounds[1], $this->y + $dy));
    }

    /** @return list<PlayerState> */
    public function teammates(): array
    {
        return array_values(array_filter(
            $this->session->players(),
            fn (PlayerState $p): bool => $p->team === $this->team && $p->id !== $this->id,
        ));
    }
}

final class GameSession
{
    /** @var array<string, PlayerState> */
    private array $players = [];

    public function __construct(
        public readonly string $id,
        public readonly string $map,
        public int $tick,
        private readonly array $bounds,
    ) {
    }

    public function seat(PlayerState $player): void
    {
        $player->attachTo($this); // leak
        $this->players[$player->id] = $player; // leak
    }

    public function player(string $id): ?PlayerState
    {
        return $this->players[$id] ?? null;
    }

    /** @return array<string, PlayerState> */
    public function players(): array
    {
        return $this->players;
    }

    public function bounds(): array
    {
        return $this->bounds;
    }

    public function snapshot(): array
    {
        $out = ['session' => $this->id, 'tick' => $this->tick, 'players' => []];
        foreach ($this->players as $p) {
            $out['players'][] = [$p->id, round($p->x, 2), round($p->y, 2), $p->health, count($p->teammates())];
        }

        return $out;
    }
}

final class SessionHydrator
{
    private const MAPS = ['dust' => [4096.0, 4096.0], 'harbor' => [3072.0, 2048.0], 'canyon' => [5120.0, 2560.0]];

    public function hydrate(array $snapshot): GameSession
    {
        $map = isset(self::MAPS[$snapshot['map']]) ? $snapshot['map'] : 'dust';
        $session = new GameSession((string) $snapshot['session'], $map, (int) $snapshot['tick'], self::MAPS[$map]);
        foreach ($snapshot['players'] as $row) {
            $session->seat(PlayerState::fromArray($row));
        }

        return $session;
    }
}

final class TickController
{
    public function __construct(private readonly SessionHydrator $hydrator)
    {
    }

    public function handle(array $payload): array
    {
        $session = $this->hydrator->hydrate($payload['snapshot']);
        foreach ($payload['inputs'] as $input) {
            $session->player($input['player'])?->move($input['dx'], $input['dy']);
        }
        $session->tick++;

        return $session->snapshot();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$maps = ['dust', 'harbor', 'canyon'];
$worker = new Psr7Worker($n, static function (int $i) use ($maps): array {
    $players = [];
    $inputs = [];
    for ($p = 0; $p < 3; $p++) {
        $id = sprintf('pl_%d_%d', 9000 + $i, $p);
        $players[] = [
            'id' => $id,
            'team' => $p % 2 ? 'blue' : 'red',
            'pos' => [100.0 + $i % 300 + $p * 10, 200.0 + ($i * 3) % 500],
            'hp' => 100 - ($i + $p) % 60,
            'loadout' => sprintf('ak47|deagle|kevlar|%s|skin:%s', $id, substr(sha1($id), 0, 24)),
        ];
        $inputs[] = ['player' => $id, 'dx' => ($p - 1.5) * 4.0, 'dy' => ($i % 5) - 2.0];
    }

    return [
        'snapshot' => ['session' => 'gs_' . dechex(0x10000 + $i), 'map' => $maps[$i % 3], 'tick' => $i * 64, 'players' => $players],
        'inputs' => $inputs,
    ];
});

$controller = new TickController(new SessionHydrator());
while (($payload = $worker->waitRequest()) !== null) {
    $worker->respond(200, json_encode($controller->handle($payload), JSON_THROW_ON_ERROR));
}
