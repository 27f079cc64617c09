<?php

declare(strict_types=1);

// Swoole HTTP server behind the matchmaking gateway: when a 2v2 lobby fills,
// the gateway posts the roster and the worker builds the lobby, checks that
// every slot is ready and answers with the seat map.

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];
        public array $get = [];
        private string $content = '';

        public static function create(string $method, string $uri, string $content): self
        {
            $r = new self();
            $r->server = ['request_method' => $method, 'request_uri' => $uri];
            $r->header = ['content-type' => 'application/json'];
            $r->content = $content;
            return $r;
        }

        public function getContent(): string
        {
            return $this->content;
        }
    }

    final class Response
    {
        public int $statusCode = 200;
        public array $headers = [];

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): bool
        {
            return strlen($content) >= 0;
        }
    }

    /** Stand-in for Swoole\Http\Server: start() runs the reactor, here fed by the gateway fixture. */
    final class Server
    {
        private array $settings = [];
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function set(array $settings): void
        {
            $this->settings = $settings + $this->settings;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(\Closure $gateway): void
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            for ($i = 0; $i < $this->settings['max_request']; $i++) {
                $request = $gateway($i);
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\Lobby {
    abstract class LobbyMember
    {
        /** @var \WeakReference<MatchLobby> */
        protected \WeakReference $lobby;

        public function __construct(MatchLobby $lobby)
        {
            $this->lobby = \WeakReference::create($lobby);
        }

        public function lobby(): MatchLobby
        {
            return $this->lobby->get() ?? throw new \LogicException('lobby already closed');
        }
    }

    final class LobbySlot extends LobbyMember
    {
        private bool $ready = false;

        public function __construct(MatchLobby $lobby, public readonly int $seat, public readonly array $player)
        {
            parent::__construct($lobby);
        }

        public function markReady(): void
        {
            $this->ready = true;
            $this->lobby()->touch();
        }

        public function isReady(): bool
        {
            return $this->ready;
        }
    }

    final class MatchLobby
    {
        /** @var list<LobbySlot> */
        private array $slots = [];
        private float $updatedAt = 0.0;

        public function __construct(public readonly string $id, public readonly string $map, public readonly int $capacity)
        {
        }

        public function seat(array $player): LobbySlot
        {
            if (count($this->slots) >= $this->capacity) {
                throw new \OverflowException("lobby {$this->id} is full");
            }
            $slot = new LobbySlot($this, count($this->slots), $player);
            $this->slots[] = $slot;
            return $slot;
        }

        public function touch(): void
        {
            $this->updatedAt = microtime(true);
        }

        public function allReady(): bool
        {
            foreach ($this->slots as $slot) {
                if (!$slot->isReady()) {
                    return false;
                }
            }
            return count($this->slots) === $this->capacity;
        }

        public function seatMap(): array
        {
            return array_map(static fn (LobbySlot $s) => ['seat' => $s->seat, 'player' => $s->player['handle'], 'team' => $s->seat % 2 ? 'B' : 'A'], $this->slots);
        }
    }

    final class LobbyService
    {
        public function __construct(private array $mapPool)
        {
        }

        public function assemble(string $lobbyId, array $roster): MatchLobby
        {
            $map = $this->mapPool[crc32($lobbyId) % count($this->mapPool)];
            $lobby = new MatchLobby($lobbyId, $map, count($roster));
            foreach ($roster as $player) {
                $slot = $lobby->seat($player);
                if ($player['accepted']) {
                    $slot->markReady();
                }
            }
            return $lobby;
        }
    }

    final class LobbyController
    {
        public function __construct(private LobbyService $lobbies)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $payload = json_decode($request->getContent(), true, 8, JSON_THROW_ON_ERROR);
            $lobby = $this->lobbies->assemble($payload['lobby'], $payload['roster']);
            $response->header('Content-Type', 'application/json');
            $response->status($lobby->allReady() ? 200 : 409);
            $response->end(json_encode(['lobby' => $lobby->id, 'map' => $lobby->map, 'seats' => $lobby->seatMap()]));
        }
    }
}

namespace {
    use App\Lobby\LobbyController;
    use App\Lobby\LobbyService;
    use Swoole\Http\Request;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 1, 'max_request' => $n]);
    $controller = null;
    $server->on('workerStart', function () use (&$controller) {
        $controller = new LobbyController(new LobbyService(['de_dust2', 'de_inferno', 'de_nuke', 'de_overpass']));
    });
    $server->on('request', function ($request, $response) use (&$controller) {
        $controller($request, $response);
    });
    $server->start(static function (int $i): Request {
        $roster = [];
        for ($p = 0; $p < 4; $p++) {
            $roster[] = ['id' => 5000 + $i * 4 + $p, 'handle' => 'wingman_' . ($i * 4 + $p), 'elo' => 1500 + ($p * 91 + $i) % 600, 'accepted' => ($i + $p) % 9 !== 0];
        }
        return Request::create('POST', '/lobbies/ready', json_encode(['lobby' => 'wm-' . dechex(0x10000 + $i), 'roster' => $roster]));
    });
}
