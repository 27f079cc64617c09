<?php
// A game server's lobby service knows its lobbies from the configuration
// and records the last party that joined each. Every caller checks the
// lobby exists with has() before it calls join(), and answers 404
// otherwise: join() only ever rewrites an entry the service has.

final class LobbyService
{
    /** @var array<string, array{capacity: int, last: ?array}> */
    private array $lobbies = [];

    /** @param array<string, int> $capacities */
    public function __construct(array $capacities)
    {
        foreach ($capacities as $id => $seats) {
            $this->lobbies[$id] = ['capacity' => $seats, 'last' => null];
        }
    }

    public function has(string $lobbyId): bool
    {
        return isset($this->lobbies[$lobbyId]);
    }

    public function join(string $lobbyId, string $player, int $party): array
    {
        $this->lobbies[$lobbyId]['last'] = ['player' => $player, 'party' => $party, 'token' => str_repeat(hash('sha256', $player), 8)];

        return ['lobby' => $lobbyId, 'capacity' => $this->lobbies[$lobbyId]['capacity']];
    }
}

final class JoinLobbyHandler
{
    public function __construct(private LobbyService $lobbies)
    {
    }

    public function handle(string $path, string $player): array
    {
        if (!preg_match('#^/lobbies/([a-z0-9-]+)/join$#', $path, $m) || !$this->lobbies->has($m[1])) {
            return ['status' => 404];
        }

        return ['status' => 200, 'body' => $this->lobbies->join($m[1], $player, 1 + strlen($player) % 4)];
    }
}

$handler = new JoinLobbyHandler(new LobbyService(['ranked-eu' => 10, 'ranked-na' => 10, 'casual' => 20]));
$names = ['ranked-eu', 'ranked-na', 'casual'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lobby = $i % 2 === 0 ? $names[$i % 3] : 'custom-' . $i;
    $handler->handle("/lobbies/$lobby/join", 'player-' . ($i * 7919 % 100000));
}
