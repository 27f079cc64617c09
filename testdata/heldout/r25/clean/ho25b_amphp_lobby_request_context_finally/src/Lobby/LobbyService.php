<?php

namespace Lobby\Game;

use Lobby\Context\PlayerContext;

final class LobbyFullException extends \RuntimeException
{
}

final class LobbyService
{
    /** @var array<string, array{capacity: int, seated: array<string, int>}> */
    private array $lobbies = [];

    /** @param array<string, int> $capacities lobby id => seats, from config */
    public function __construct(array $capacities)
    {
        foreach ($capacities as $id => $seats) {
            $this->lobbies[$id] = ['capacity' => $seats, 'seated' => []];
        }
    }

    public function has(string $lobbyId): bool
    {
        return isset($this->lobbies[$lobbyId]);
    }

    /** Seats the current player's party; launches the match when the lobby fills. */
    public function join(string $lobbyId): array
    {
        $player = PlayerContext::current();
        $lobby = &$this->lobbies[$lobbyId];
        $free = $lobby['capacity'] - array_sum($lobby['seated']);
        if ($player->partySize > $free) {
            throw new LobbyFullException(sprintf('%s has %d seats left, party of %d', $lobbyId, $free, $player->partySize));
        }
        $lobby['seated'][$player->playerId] = $player->partySize;
        $launched = array_sum($lobby['seated']) === $lobby['capacity'];
        if ($launched) {
            $lobby['seated'] = [];
        }
        return ['lobby' => $lobbyId, 'seat' => $lobby['capacity'] - $free, 'launched' => $launched];
    }
}
