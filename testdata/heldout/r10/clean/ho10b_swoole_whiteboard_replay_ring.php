<?php

declare(strict_types=1);

namespace Swoole\WebSocket {
    final class Frame
    {
        public function __construct(public int $fd, public string $data, public int $opcode = 1)
        {
        }
    }

    /** Stand-in for Swoole\WebSocket\Server: start() replays scripted frames into the callbacks. */
    final class Server
    {
        private array $handlers = [];
        public int $pushedBytes = 0;

        public function __construct(public string $host, public int $port, private int $frames)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function push(int $fd, string $data): bool
        {
            $this->pushedBytes += strlen($data);
            return true;
        }

        public function start(): void
        {
            for ($i = 0; $i < $this->frames; $i++) {
                $fd = 1 + $i % 8;
                $payload = $i % 10 === 9
                    ? json_encode(['type' => 'resume', 'since' => max(0, $i - 5)])
                    : json_encode([
                        'type' => 'op',
                        'doc' => 'runbook-' . ($i % 3),
                        'op' => ['insert' => sprintf('Paragraph %d edited by author %d. %s', $i, $fd, str_repeat('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 10)), 'at' => ($i * 17) % 4000],
                        'author' => $fd,
                    ]);
                ($this->handlers['message'])($this, new Frame($fd, $payload));
            }
        }
    }
}

namespace App\Collab {
    use SplFixedArray;

    final class OpFrame
    {
        public function __construct(
            public readonly int $seq,
            public readonly string $doc,
            public readonly int $author,
            public readonly string $encoded,
        ) {
        }
    }

    /** Sequenced log of broadcast frames so reconnecting editors can catch up. */
    final class ReplayLog
    {
        private SplFixedArray $frames;
        private int $nextSeq = 0;

        public function __construct(private int $capacity = 256)
        {
            $this->frames = new SplFixedArray($capacity);
        }

        public function append(string $doc, int $author, string $encoded): OpFrame
        {
            $seq = $this->nextSeq++;
            $frame = new OpFrame($seq, $doc, $author, $encoded);
            $this->frames[$seq % $this->capacity] = $frame;

            return $frame;
        }

        /** @return list<OpFrame> Older frames than the capacity are gone; callers then resync the whole doc. */
        public function since(int $seq): array
        {
            $out = [];
            for ($s = max(0, $seq, $this->nextSeq - $this->capacity); $s < $this->nextSeq; $s++) {
                $frame = $this->frames[$s % $this->capacity];
                if ($frame !== null && $frame->seq === $s) {
                    $out[] = $frame;
                }
            }
            return $out;
        }
    }

    final class CollabSocketHandler
    {
        /** @var array<int, int> fd => frames delivered */
        private array $delivered = [];

        public function __construct(private ReplayLog $log)
        {
        }

        public function __invoke(\Swoole\WebSocket\Server $server, \Swoole\WebSocket\Frame $frame): void
        {
            $message = json_decode($frame->data, true, 16, JSON_THROW_ON_ERROR);
            if ($message['type'] === 'resume') {
                foreach ($this->log->since((int) $message['since']) as $missed) {
                    $server->push($frame->fd, $missed->encoded);
                }
                return;
            }

            $encoded = json_encode(['doc' => $message['doc'], 'op' => $message['op'], 'author' => $message['author']]);
            $op = $this->log->append($message['doc'], (int) $message['author'], $encoded);
            foreach (range(1, 8) as $fd) {
                if ($fd !== $frame->fd) {
                    $server->push($fd, $op->encoded);
                    $this->delivered[$fd] = ($this->delivered[$fd] ?? 0) + 1;
                }
            }
        }
    }
}

namespace {
    use App\Collab\CollabSocketHandler;
    use App\Collab\ReplayLog;
    use Swoole\WebSocket\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $server = new Server('0.0.0.0', 9503, $n);
    $server->on('message', new CollabSocketHandler(new ReplayLog(64)));
    $server->start();
}
