<?php

declare(strict_types=1);

namespace App\Chat;

use SplObjectStorage;

final class ChatSession
{
    public function __construct(
        public readonly string $id,
        public readonly int $userId,
        public readonly string $displayName,
        public readonly string $channel,
        public readonly string $userAgent,
        public readonly array $capabilities = ['read', 'write'],
    ) {
    }
}

interface SessionRepository
{
    public function save(ChatSession $session): void;

    public function find(string $id): ?ChatSession;

    public function forget(string $id): void;
}

/** Stand-in for the Redis hash the real app keeps sessions in. */
final class InMemorySessionRepository implements SessionRepository
{
    /** @var array<string, array<string, mixed>> */
    private array $rows = [];

    public function save(ChatSession $session): void
    {
        $this->rows[$session->id] = [
            'user' => $session->userId,
            'name' => $session->displayName,
            'channel' => $session->channel,
            'ua' => $session->userAgent,
            'caps' => $session->capabilities,
        ];
    }

    public function find(string $id): ?ChatSession
    {
        $row = $this->rows[$id] ?? null;

        return $row === null ? null : new ChatSession($id, $row['user'], $row['name'], $row['channel'], $row['ua'], $row['caps']);
    }

    public function forget(string $id): void
    {
        unset($this->rows[$id]);
    }
}

final class PresenceTracker
{
    private SplObjectStorage $online;

    public function __construct()
    {
        $this->online = new SplObjectStorage();
    }

    public function join(ChatSession $session, float $at): void
    {
        $this->online->attach($session, ['joinedAt' => $at, 'lastSeen' => $at, 'typing' => false]); // leak
    }

    public function touch(ChatSession $session, float $at): void
    {
        if ($this->online->contains($session)) {
            $info = $this->online[$session];
            $info['lastSeen'] = $at;
            $this->online[$session] = $info;
        }
    }

    public function leave(ChatSession $session): void
    {
        $this->online->detach($session);
    }

    /** @return list<string> */
    public function namesIn(string $channel): array
    {
        $names = [];
        foreach ($this->online as $session) {
            if ($session->channel === $channel) {
                $names[] = $session->displayName;
            }
        }

        return $names;
    }
}

final class ChatServer
{
    /** @var array<int, string> fd => session id */
    private array $fds = [];
    private int $frames = 0;

    public function __construct(
        private readonly SessionRepository $sessions,
        private readonly PresenceTracker $presence,
    ) {
    }

    /** @param array<string, string> $headers */
    public function onOpen(int $fd, array $headers, array $query): void
    {
        $session = new ChatSession(
            id: sprintf('sess-%d-%s', $fd, substr(md5((string) $fd), 0, 12)),
            userId: (int) ($query['uid'] ?? 0),
            displayName: sprintf('%s #%d', $query['name'] ?? 'guest', $fd),
            channel: $query['channel'] ?? 'lobby',
            userAgent: $headers['user-agent'] ?? 'unknown',
        );

        $this->sessions->save($session);
        $this->presence->join($session, microtime(true));
        $this->fds[$fd] = $session->id;
    }

    public function onMessage(int $fd, string $frame): void
    {
        $session = $this->sessions->find($this->fds[$fd] ?? '');
        if ($session === null) {
            return;
        }
        $this->presence->touch($session, microtime(true));
        $payload = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
        if (($payload['type'] ?? '') === 'who') {
            $this->frames += count($this->presence->namesIn($session->channel));
        }
    }

    public function onClose(int $fd): void
    {
        $id = $this->fds[$fd] ?? null;
        if ($id === null) {
            return;
        }
        unset($this->fds[$fd]);

        $session = $this->sessions->find($id);
        if ($session !== null) {
            $this->presence->leave($session);
        }
        $this->sessions->forget($id);
    }
}

$server = new ChatServer(new InMemorySessionRepository(), new PresenceTracker());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $headers = ['user-agent' => sprintf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.%d.%d Safari/537.36 ChatClient/%d', $i, $i * 7, $i)];
    $server->onOpen($i, $headers, ['uid' => (string) (1000 + $i), 'name' => 'user' . $i, 'channel' => 'room-' . ($i % 4)]);
    $server->onMessage($i, '{"type":"typing"}');
    $server->onClose($i);
}
