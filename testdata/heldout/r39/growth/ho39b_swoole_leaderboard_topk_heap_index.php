<?php

declare(strict_types=1);

// Swoole HTTP server stand-ins: one worker process, handlers registered at boot.
final class SwooleRequest
{
    public function __construct(public array $server, public array $header, public ?string $rawContent)
    {
    }

    public function getContent(): ?string
    {
        return $this->rawContent;
    }
}

final class SwooleResponse
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function emit(string $event, mixed ...$args): void
    {
        ($this->handlers[$event])(...$args);
    }
}

final class ScoreEntry
{
    public function __construct(
        public readonly string $platform,
        public readonly string $playerId,
        public readonly string $displayName,
        public readonly int $score,
        public readonly int $submittedAt,
        public readonly string $replayChecksum,
        public readonly string $ghost,
    ) {
    }
}

/** Lowest score on top, so the weakest entry is the one evicted. */
final class LowestScoreFirst extends SplMinHeap
{
    protected function compare(mixed $value1, mixed $value2): int
    {
        return $value2->score <=> $value1->score;
    }
}

final class SeasonLeaderboard
{
    private LowestScoreFirst $top;

    /** @var array<string, ScoreEntry> rank lookups by "platform:player" */
    private array $byPlayer = [];

    public function __construct(public readonly string $season, private readonly int $capacity)
    {
        $this->top = new LowestScoreFirst();
    }

    public function submit(ScoreEntry $entry): ?int
    {
        $key = $this->keyFor($entry);
        $known = $this->byPlayer[$key] ?? null;
        if ($known !== null && $known->score >= $entry->score) {
            return $this->rankOf($known);
        }

        $this->top->insert($entry);
        $this->byPlayer[$key] = $entry; // leak

        if (count($this->top) > $this->capacity) {
            $this->evict($this->top->extract());
        }

        return isset($this->byPlayer[$key]) ? $this->rankOf($entry) : null;
    }

    public function floor(): int
    {
        return $this->top->isEmpty() ? 0 : $this->top->top()->score;
    }

    private function evict(ScoreEntry $evicted): void
    {
        unset($this->byPlayer[$evicted->playerId]);
    }

    private function rankOf(ScoreEntry $entry): int
    {
        $rank = 1;
        foreach ($this->byPlayer as $other) {
            if ($other->score > $entry->score) {
                $rank++;
            }
        }

        return $rank;
    }

    private function keyFor(ScoreEntry $entry): string
    {
        return $entry->platform . ':' . $entry->playerId;
    }
}

final class SubmitScoreHandler
{
    private const PLATFORMS = ['steam', 'psn', 'xbl'];

    public function __construct(private readonly SeasonLeaderboard $board)
    {
    }

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        $payload = json_decode((string) $request->getContent(), true, 8, JSON_THROW_ON_ERROR);
        $platform = in_array($payload['platform'] ?? '', self::PLATFORMS, true) ? $payload['platform'] : 'steam';

        $entry = new ScoreEntry(
            $platform,
            (string) $payload['player_id'],
            substr((string) $payload['name'], 0, 24),
            (int) $payload['score'],
            (int) ($request->server['request_time'] ?? time()),
            hash('sha256', (string) $payload['replay']),
            (string) $payload['ghost'],
        );

        $rank = $this->board->submit($entry);
        $response->status($rank === null ? 202 : 200);
        $response->end(json_encode(['rank' => $rank, 'floor' => $this->board->floor()], JSON_THROW_ON_ERROR));
    }
}

$server = new SwooleHttpServer();
$board = new SeasonLeaderboard('s14-ranked', 50);
$server->on('request', new SubmitScoreHandler($board));

$platforms = ['steam', 'psn', 'xbl'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'platform' => $platforms[$i % 3],
        'player_id' => (string) (76561198000000000 + $i * 7919),
        'name' => 'Runner#' . (1000 + $i),
        'score' => 10000 + ($i * 7349) % 90000,
        'replay' => 'replay-' . $i . '-' . str_repeat('x', $i % 5),
        'ghost' => base64_encode(str_repeat(pack('nnn', $i, $i * 3, $i * 7), 40)),
    ], JSON_THROW_ON_ERROR);

    $request = new SwooleRequest(['request_time' => 1700000000 + $i], ['content-type' => 'application/json'], $body);
    $response = new SwooleResponse();
    $server->emit('request', $request, $response);
    unset($request, $response, $body);
}
