<?php
// A charging-station worker keeps the stations it manages in an
// in-memory repository filled at boot. Each status message loads the
// station (an unknown id is an error) and saves it back under its own
// id: the repository only ever replaces entries it holds.

final class Station
{
    public function __construct(public readonly string $id, public string $status, public int $sessions)
    {
    }
}

final class StationRepository
{
    /** @param array<string, array{status: string, sessions: int}> $rows */
    public function __construct(private array $rows)
    {
    }

    public function load(string $id): Station
    {
        $row = $this->rows[$id] ?? throw new OutOfBoundsException("unknown station $id");
        return new Station($id, $row['status'], $row['sessions']);
    }

    public function save(Station $station): void
    {
        $this->rows[$station->id] = ['status' => $station->status, 'sessions' => $station->sessions, 'note' => str_repeat('charging ', 150) . $station->id];
    }
}

final class StatusConsumer
{
    public int $handled = 0;

    public function __construct(private StationRepository $stations)
    {
    }

    public function handle(array $message): void
    {
        try {
            $station = $this->stations->load($message['station']);
        } catch (OutOfBoundsException) {
            return;
        }
        $station->status = $message['status'];
        $station->sessions++;
        $this->stations->save($station);
        $this->handled++;
    }
}

$fleet = [];
foreach (range(1, 12) as $k) {
    $fleet[sprintf('CP-%03d', $k)] = ['status' => 'available', 'sessions' => 0];
}
$consumer = new StatusConsumer(new StationRepository($fleet));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->handle(json_decode(json_encode(['station' => sprintf('CP-%03d', $i % 12 + 1 + ($i % 2 === 0 ? 1000 + $i : 0)), 'status' => ['charging', 'available'][$i % 2]]), true));
}
