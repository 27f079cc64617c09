<?php
declare(strict_types=1);

// AMPHP websocket endpoint of a collaborative editor: every open tab streams
// its caret/selection; the worker keeps the latest cursor of each holder per
// document so late joiners get the current picture, and fans cursor moves out.

namespace Amp\Websocket\Server {
    final class WebsocketClient
    {
        private static int $nextId = 0;
        private readonly int $id;
        private int $bytesSent = 0;
        private bool $closed = false;

        public function __construct(private readonly string $remoteAddress)
        {
            $this->id = ++self::$nextId;
        }

        public function getId(): int
        {
            return $this->id;
        }

        public function getRemoteAddress(): string
        {
            return $this->remoteAddress;
        }

        public function sendText(string $data): void
        {
            if (!$this->closed) {
                $this->bytesSent += \strlen($data);
            }
        }

        public function close(int $code = 1000): void
        {
            $this->closed = true;
        }
    }

    interface WebsocketClientHandler
    {
        public function handleMessage(WebsocketClient $client, string $payload): void;
    }
}

namespace App\Collab {
    use Amp\Websocket\Server\WebsocketClient;
    use Amp\Websocket\Server\WebsocketClientHandler;

    final class PresenceKey
    {
        public static function cursor(string $documentId, string $holder): string
        {
            return \sprintf('doc:%s:cursor:%s', $documentId, $holder);
        }
    }

    trait KeepsCursorSnapshots
    {
        /** @var array<string, array<string, mixed>> */
        private static array $snapshots = [];

        private static function storeSnapshot(string $key, array $cursor): void
        {
            self::$snapshots[$key] = $cursor;
        }

        private static function dropSnapshot(string $key): void
        {
            unset(self::$snapshots[$key]);
        }

        private static function snapshotsFor(string $documentId): array
        {
            $prefix = 'doc:' . $documentId . ':';
            $out = [];
            foreach (self::$snapshots as $key => $cursor) {
                if (\str_starts_with($key, $prefix)) {
                    $out[] = $cursor;
                }
            }

            return $out;
        }
    }

    final class CursorBroadcastHandler implements WebsocketClientHandler
    {
        use KeepsCursorSnapshots;

        private const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0'];

        /** @param array<string, list<string>> $collaborators document id => member ids, loaded at boot */
        public function __construct(private readonly array $collaborators)
        {
        }

        public function handleMessage(WebsocketClient $client, string $payload): void
        {
            $message = \json_decode($payload, true, 8, \JSON_THROW_ON_ERROR);
            $documentId = (string) $message['doc'];
            $member = $this->memberOf($documentId, (string) $message['user']);
            if ($member === null) {
                $client->sendText(\json_encode(['type' => 'error', 'reason' => 'not a collaborator']));

                return;
            }

            switch ($message['type']) {
                case 'join':
                    $client->sendText(\json_encode(['type' => 'snapshot', 'cursors' => self::snapshotsFor($documentId)]));
                    break;

                case 'cursor':
                    $cursor = $this->normalise($client, $member, $message);
                    self::storeSnapshot($this->keyFor($member, $documentId), $cursor);
                    $client->sendText(\json_encode(['type' => 'ack', 'rev' => $message['rev']]));
                    break;

                case 'leave':
                    self::dropSnapshot($this->keyFor($member, $documentId));
                    break;
            }
        }

        private function memberOf(string $documentId, string $userId): ?string
        {
            foreach ($this->collaborators[$documentId] ?? [] as $member) {
                if ($member === $userId) {
                    return $member;
                }
            }

            return null;
        }

        private function keyFor(string $member, string $documentId): string
        {
            return PresenceKey::cursor($documentId, $member);
        }

        private function normalise(WebsocketClient $client, string $member, array $message): array
        {
            return [
                'holder' => $member,
                'user' => (string) $message['user'],
                'name' => (string) $message['name'],
                'color' => self::PALETTE[\crc32((string) $message['user']) % \count(self::PALETTE)],
                'line' => (int) $message['line'],
                'column' => (int) $message['column'],
                'selection' => [
                    'anchor' => [(int) $message['line'], (int) $message['column']],
                    'head' => [(int) $message['line'] + 1, 0],
                ],
                'remote' => $client->getRemoteAddress(),
                'rev' => (int) $message['rev'],
            ];
        }
    }
}

namespace {
    use Amp\Websocket\Server\WebsocketClient;
    use App\Collab\CursorBroadcastHandler;

    $handler = new CursorBroadcastHandler([
        'spec-q3-roadmap' => ['u17', 'u22', 'u31', 'u48'],
        'incident-2291-postmortem' => ['u22', 'u31', 'u48'],
        'onboarding-handbook' => ['u17', 'u22', 'u31', 'u48', 'u50'],
    ]);

    $documents = ['spec-q3-roadmap', 'incident-2291-postmortem', 'onboarding-handbook'];
    $users = [['u17', 'Ana Ruiz'], ['u22', 'Bo Chen'], ['u31', 'Chidi Okafor'], ['u48', 'Dana Levi']];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        // One browser tab: connects, joins a document, moves its caret, goes away.
        $client = new WebsocketClient(\sprintf('203.0.113.%d:%d', $i % 200 + 1, 50000 + $i % 10000));
        $doc = $documents[$i % \count($documents)];
        [$userId, $name] = $users[($i * 3) % \count($users)];

        $handler->handleMessage($client, \json_encode(['type' => 'join', 'doc' => $doc, 'user' => $userId]));
        for ($move = 0; $move < 2; $move++) {
            $handler->handleMessage($client, \json_encode([
                'type' => 'cursor', 'doc' => $doc, 'user' => $userId, 'name' => $name,
                'line' => ($i * 17 + $move) % 400, 'column' => ($i + $move * 5) % 80, 'rev' => $i * 2 + $move,
            ]));
        }
        if ($i % 4 === 0) {
            $handler->handleMessage($client, \json_encode(['type' => 'leave', 'doc' => $doc, 'user' => $userId]));
        }
        $client->close();
    }
}
