<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public int $fd = 0;
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $post = null;
        public ?array $cookie = null;

        public function rawContent(): string|false
        {
            return $this->post === null ? false : http_build_query($this->post);
        }
    }

    class Response
    {
        public int $fd = 0;
        private array $headers = [];
        private int $statusCode = 200;

        public function status(int $http_code, string $reason = ''): bool
        {
            $this->statusCode = $http_code;

            return true;
        }

        public function header(string $key, string $value, bool $format = true): bool
        {
            $this->headers[$key] = $value;

            return true;
        }

        public function end(?string $content = null): bool
        {
            return true;
        }
    }

    class Server
    {
        protected array $callbacks = [];
        protected array $settings = [];

        public function __construct(public string $host = '0.0.0.0', public int $port = 0, public int $mode = 2, public int $sock_type = 1)
        {
        }

        public function set(array $settings): bool
        {
            $this->settings = $settings + $this->settings;

            return true;
        }

        public function on(string $event_name, callable $callback): bool
        {
            $this->callbacks[strtolower($event_name)] = $callback;

            return true;
        }

        public function start(): bool
        {
            if (isset($this->callbacks['workerstart'])) {
                ($this->callbacks['workerstart'])($this, 0);
            }
            if (isset($this->callbacks['open'])) {
                foreach ([1, 2, 3] as $fd) {
                    $request = new Request();
                    $request->fd = $fd;
                    $request->server = ['request_uri' => '/live/p' . $fd, 'request_method' => 'GET'];
                    ($this->callbacks['open'])($this, $request);
                }
            }
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 100 + $i;
                $request->server = [
                    'request_method' => 'POST',
                    'request_uri' => '/polls/p' . (1 + $i % 4) . '/votes',
                    'request_time' => 1717000000 + $i,
                    'remote_addr' => '10.20.' . (($i >> 8) & 255) . '.' . ($i & 255),
                ];
                $request->header = [
                    'content-type' => 'application/x-www-form-urlencoded',
                    'accept-language' => $i % 3 === 0 ? 'de-DE' : 'en-GB',
                    'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15',
                ];
                $request->post = [
                    'option' => ['a', 'b', 'c', 'd'][$i % 4],
                    'voter' => sprintf('vt_%08d_%s', $i, substr(md5('voter' . $i), 0, 16)),
                ];
                $response = new Response();
                $response->fd = $request->fd;
                ($this->callbacks['request'])($request, $response);
            }

            return true;
        }
    }
}

namespace Swoole\WebSocket {
    class Server extends \Swoole\Http\Server
    {
        public function push(int $fd, string $data, int $opcode = 1, int $flags = 1): bool
        {
            return $fd > 0 && $data !== '';
        }

        public function isEstablished(int $fd): bool
        {
            return $fd > 0;
        }
    }
}

namespace App\Polls {
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\WebSocket\Server;

    final class Vote
    {
        public function __construct(
            public readonly string $pollId,
            public readonly string $optionId,
            public readonly string $voterToken,
            public readonly string $ipAddress,
            public readonly int $castAt,
        ) {
        }
    }

    final class VoteReceipt
    {
        public function __construct(
            public readonly Vote $vote,
            public readonly string $receiptCode,
            public readonly string $resultsUrl,
            public readonly string $locale,
        ) {
        }
    }

    final class PollCatalog
    {
        private const POLLS = [
            'p1' => ['question' => 'Which feature should we build next?', 'options' => ['a' => 'Dark mode', 'b' => 'Offline answers', 'c' => 'CSV import', 'd' => 'Webhooks']],
            'p2' => ['question' => 'How did you hear about the conference?', 'options' => ['a' => 'Colleague', 'b' => 'Newsletter', 'c' => 'Social media', 'd' => 'Other']],
            'p3' => ['question' => 'Preferred session length?', 'options' => ['a' => '20 min', 'b' => '30 min', 'c' => '45 min', 'd' => '60 min']],
            'p4' => ['question' => 'Rate the keynote', 'options' => ['a' => 'Great', 'b' => 'Good', 'c' => 'Okay', 'd' => 'Poor']],
        ];

        public function find(string $pollId): ?array
        {
            return self::POLLS[$pollId] ?? null;
        }
    }

    final class Tally
    {
        private array $counts = [];
        private int $total = 0;

        public function add(Vote $vote): void
        {
            $this->counts[$vote->optionId] = ($this->counts[$vote->optionId] ?? 0) + 1;
            $this->total++;
        }

        public function snapshot(): array
        {
            $shares = [];
            foreach ($this->counts as $option => $count) {
                $shares[$option] = round(100 * $count / max(1, $this->total), 1);
            }

            return ['total' => $this->total, 'shares' => $shares];
        }
    }

    final class TallyBoard
    {
        /** @var array<string, Tally> */
        private array $tallies = [];

        public function __construct(private PollCatalog $catalog)
        {
        }

        public function for(string $pollId): Tally
        {
            if ($this->catalog->find($pollId) === null) {
                throw new \InvalidArgumentException("Unknown poll $pollId");
            }

            return $this->tallies[$pollId] ??= new Tally();
        }
    }

    final class PollEvents
    {
        /** @var array<string, list<array{fn: callable, once: bool}>> */
        private array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = ['fn' => $listener, 'once' => false];
        }

        public function once(string $event, callable $listener): void
        {
            $this->listeners[$event][] = ['fn' => $listener, 'once' => true];
        }

        public function emit(string $event, object $payload): void
        {
            foreach ($this->listeners[$event] ?? [] as $key => $entry) {
                if ($entry['once']) {
                    unset($this->listeners[$event][$key]);
                }
                ($entry['fn'])($payload);
            }
        }
    }

    final class ResultsBroadcaster
    {
        /** @var array<string, array<int, true>> dashboards watching a poll */
        private array $watchers = [];

        public function __construct(private Server $server, private TallyBoard $board)
        {
        }

        public function watch(int $fd, string $pollId): void
        {
            $this->watchers[$pollId][$fd] = true;
        }

        public function onVoteRecorded(Vote $vote): void
        {
            $frame = json_encode(['poll' => $vote->pollId] + $this->board->for($vote->pollId)->snapshot());
            foreach (array_keys($this->watchers[$vote->pollId] ?? []) as $fd) {
                if ($this->server->isEstablished($fd)) {
                    $this->server->push($fd, $frame);
                }
            }
        }
    }

    final class ReceiptOutbox
    {
        public function __construct(private Server $server, private int $notifierFd)
        {
        }

        public function deliver(VoteReceipt $receipt, array $results): void
        {
            $this->server->push($this->notifierFd, json_encode([
                'type' => 'vote_receipt',
                'code' => $receipt->receiptCode,
                'voter' => $receipt->vote->voterToken,
                'locale' => $receipt->locale,
                'url' => $receipt->resultsUrl,
                'results' => $results,
            ]));
        }
    }

    final class VoteController
    {
        public function __construct(
            private PollCatalog $catalog,
            private TallyBoard $board,
            private PollEvents $events,
            private ReceiptOutbox $outbox,
        ) {
        }

        public function cast(Request $request, Response $response, string $pollId): void
        {
            $poll = $this->catalog->find($pollId);
            $option = (string) ($request->post['option'] ?? '');
            if ($poll === null || !isset($poll['options'][$option])) {
                $response->status(422);
                $response->end('{"error":"invalid option"}');

                return;
            }

            $vote = new Vote(
                $pollId,
                $option,
                (string) ($request->post['voter'] ?? ''),
                (string) ($request->server['remote_addr'] ?? ''),
                (int) ($request->server['request_time'] ?? time()),
            );
            $receipt = new VoteReceipt(
                $vote,
                strtoupper(substr(hash('sha256', $vote->voterToken . '|' . $pollId), 0, 24)),
                sprintf('https://polls.example.test/%s/results?voter=%s&utm_source=receipt', $pollId, rawurlencode($vote->voterToken)),
                substr((string) ($request->header['accept-language'] ?? 'en'), 0, 5),
            );

            // voters get their receipt together with the standings including their vote
            $this->events->once('vote.recorded', $this->receiptSender($receipt));

            $this->board->for($pollId)->add($vote);
            $this->events->emit('vote.recorded', $vote);

            $response->header('Content-Type', 'application/json');
            $response->end(json_encode(['receipt' => $receipt->receiptCode]));
        }

        public function close(Request $request, Response $response, string $pollId): void
        {
            $this->events->emit('poll.closed', (object) ['pollId' => $pollId]);
            $response->end('{"closed":true}');
        }

        private function receiptSender(VoteReceipt $receipt): \Closure
        {
            $outbox = $this->outbox;
            $board = $this->board;

            return static function (object $event) use ($receipt, $outbox, $board): void {
                $outbox->deliver($receipt, $board->for($receipt->vote->pollId)->snapshot());
            };
        }
    }

    final class Router
    {
        public function __construct(private VoteController $votes)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $method = $request->server['request_method'] ?? 'GET';
            $uri = $request->server['request_uri'] ?? '/';
            if ($method === 'POST' && preg_match('#^/polls/(p\d+)/votes$#', $uri, $m)) {
                $this->votes->cast($request, $response, $m[1]);

                return;
            }
            if ($method === 'POST' && preg_match('#^/polls/(p\d+)/close$#', $uri, $m)) {
                $this->votes->close($request, $response, $m[1]);

                return;
            }
            $response->status(404);
            $response->end();
        }
    }
}

namespace {
    use App\Polls\PollCatalog;
    use App\Polls\PollEvents;
    use App\Polls\ReceiptOutbox;
    use App\Polls\ResultsBroadcaster;
    use App\Polls\Router;
    use App\Polls\TallyBoard;
    use App\Polls\VoteController;
    use Swoole\Http\Request;
    use Swoole\WebSocket\Server;

    $server = new Server('0.0.0.0', 9502);
    $server->set(['worker_num' => 1, 'max_request' => 0, 'open_http_protocol' => true]);

    $catalog = new PollCatalog();
    $board = new TallyBoard($catalog);
    $events = new PollEvents();
    $broadcaster = new ResultsBroadcaster($server, $board);
    $events->on('vote.recorded', $broadcaster->onVoteRecorded(...));

    $router = new Router(new VoteController($catalog, $board, $events, new ReceiptOutbox($server, 1)));

    $server->on('open', static function (Server $server, Request $request) use ($broadcaster): void {
        $pollId = basename((string) ($request->server['request_uri'] ?? ''));
        $broadcaster->watch($request->fd, $pollId);
    });
    $server->on('message', static function (Server $server, object $frame): void {
    });
    $server->on('request', $router);
    $server->start();
}
