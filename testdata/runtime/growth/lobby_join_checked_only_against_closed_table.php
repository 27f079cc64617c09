<?php
// A game server's lobby service knows its lobbies from the configuration
// and records the last party that joined each. The caller checks only
// that the lobby is not closed (isOpen(), which asks another table)
// before it calls join(): a custom lobby id from the request makes a new
// entry in the service on every request, for good.

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

    /** @var array<string, true> */
    private array $closed = ['maintenance' => true];

    public function isOpen(string $lobbyId): bool
    {
        return !isset($this->closed[$lobbyId]);
    }

    public function join(string $lobbyId, string $player, int $party): array
    {
        $this->lobbies[$lobbyId]['last'] = ['player' => $player, 'party' => $party, 'token' => str_repeat(hash('sha256', $player), 8)]; // leak

        return ['lobby' => $lobbyId, 'capacity' => $this->lobbies[$lobbyId]['capacity'] ?? 8];
    }
}

final class JoinLobbyHandler
{
    public function __construct(private LobbyService $lobbies)
    {
    }

    public function handle(string $path, string $player): array
    {
        if (!preg_match('#^/lobbies/([a-z0-9-]+)/join$#', $path, $m) || !$this->lobbies->isOpen($m[1])) {
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
