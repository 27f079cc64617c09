<?php
declare(strict_types=1);

/*
 * amphp/http-server app serving GET /deck?viewer=..: the next page of swipe
 * cards. A SwipeDeck walks the candidates lazily, skipping anyone the viewer
 * blocked or already swiped.
 */

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            private string $method,
            private string $path,
            private array $query,
            private array $headers,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getQueryParameter(string $name): ?string
        {
            return $this->query[$name] ?? null;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in: feeds PHPLEAK_N requests to the handler from one long-lived process. */
    final class SocketHttpServer
    {
        private array $addresses = [];

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        public function start(RequestHandler $handler): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $handler->handleRequest(new Request(
                    'GET',
                    '/deck',
                    ['viewer' => (string) (70000 + $i * 3), 'limit' => '5'],
                    ['authorization' => 'Bearer ' . bin2hex(random_bytes(12)), 'x-app-version' => '7.4.1'],
                ));
            }
        }
    }
}

namespace App\Deck {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class SwipeDeck
    {
        private ?\Generator $cursor = null;

        /** @param list<array{id:int,name:string,age:int,photo:string,bio:string}> $candidates */
        public function __construct(
            private readonly int $viewerId,
            private array $candidates,
            private readonly array $blocked,
        ) {
        }

        /** @return list<array> */
        public function take(int $limit): array
        {
            $this->cursor ??= $this->cards();
            $page = [];
            while ($this->cursor->valid() && count($page) < $limit) {
                $page[] = $this->cursor->current();
                $this->cursor->next();
            }
            return $page;
        }

        private function cards(): \Generator
        {
            foreach ($this->candidates as $card) {
                if (isset($this->blocked[$card['id']]) || $card['id'] === $this->viewerId) {
                    continue;
                }
                yield $card;
            }
        }
    }

    final class CandidateSource
    {
        private const NAMES = ['Mara', 'Jonas', 'Lea', 'Tobi', 'Nina', 'Emre', 'Sofia', 'Ben'];

        /** @return list<array> */
        public function nearby(int $viewerId, int $count): array
        {
            $rows = [];
            for ($k = 0; $k < $count; $k++) {
                $id = $viewerId + 11 * ($k + 1);
                $rows[] = [
                    'id' => $id,
                    'name' => self::NAMES[$id % 8],
                    'age' => 21 + $id % 19,
                    'photo' => "https://cdn.example-dating.app/p/{$id}/main_1080.webp",
                    'bio' => "Coffee first. Weekend hikes, bad puns, looking for someone to try every ramen place with ({$id})",
                ];
            }
            return $rows;
        }
    }

    final class DeckBuilder
    {
        public function __construct(private readonly CandidateSource $source)
        {
        }

        public function build(int $viewerId, int $limit, array $blocked): SwipeDeck
        {
            // One page per request: the client asks again when it runs out.
            return new SwipeDeck($viewerId, $this->source->nearby($viewerId, $limit), $blocked);
        }
    }

    final class BlockList
    {
        public function for(int $viewerId): array
        {
            return [$viewerId + 22 => true];
        }
    }

    final class DeckHandler implements RequestHandler
    {
        public function __construct(private readonly DeckBuilder $decks, private readonly BlockList $blocks)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $viewer = (int) $request->getQueryParameter('viewer');
            $limit = max(1, min(20, (int) ($request->getQueryParameter('limit') ?? 10)));

            $deck = $this->decks->build($viewer, $limit, $this->blocks->for($viewer));
            $cards = $deck->take($limit);

            return new Response(200, ['content-type' => 'application/json'], json_encode([
                'viewer' => $viewer,
                'cards' => array_map(static fn (array $c): array => ['id' => $c['id'], 'name' => $c['name'], 'photo' => $c['photo']], $cards),
            ]));
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\Deck\BlockList;
    use App\Deck\CandidateSource;
    use App\Deck\DeckBuilder;
    use App\Deck\DeckHandler;

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:1337');
    $server->start(new DeckHandler(new DeckBuilder(new CandidateSource()), new BlockList()));
}
