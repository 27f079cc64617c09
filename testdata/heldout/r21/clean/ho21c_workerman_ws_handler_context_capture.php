<?php

declare(strict_types=1);

namespace Chat\Runtime {

    /** Stand-in for Workerman\Worker with the callback properties the app sets. */
    final class Worker
    {
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onMessage = null;
        public int $id = 0;

        public function __construct(public readonly string $listen)
        {
        }

        public function runFrames(iterable $frames): void
        {
            ($this->onWorkerStart)($this);
            foreach ($frames as $fd => $frame) {
                ($this->onMessage)(new TcpConnection($fd, '192.168.1.' . ($fd % 250)), $frame);
            }
        }
    }

    final class TcpConnection
    {
        /** @var list<string> */
        public array $sent = [];

        public function __construct(public readonly int $id, public readonly string $remoteIp)
        {
        }

        public function send(string $payload): void
        {
            $this->sent[] = $payload;
        }
    }
}

namespace Chat\App {

    use Chat\Runtime\TcpConnection;

    final class Frame
    {
        public function __construct(
            public readonly string $type,
            public readonly string $room,
            public readonly string $text,
            public readonly string $clientMsgId,
        ) {
        }

        public static function decode(string $raw): self
        {
            $d = json_decode($raw, true, 16, JSON_THROW_ON_ERROR);

            return new self($d['type'], $d['room'], $d['text'], $d['cid']);
        }
    }

    /** Builds the structured logging context that travels with each frame. */
    final class FrameContext
    {
        public static function with(array $context, TcpConnection $connection, Frame $frame): array
        {
            $context['frames'][] = [
                'conn' => $connection->id,
                'ip' => $connection->remoteIp,
                'room' => $frame->room,
                'cid' => $frame->clientMsgId,
                'excerpt' => substr($frame->text, 0, 320),
            ];

            return $context;
        }
    }

    final class RoomRouter
    {
        /** @var array<string, int> */
        private array $counters = ['lobby' => 0, 'support' => 0, 'random' => 0];

        public function dispatch(Frame $frame, array $context): string
        {
            if (!\array_key_exists($frame->room, $this->counters)) {
                return json_encode(['error' => 'unknown room', 'worker' => $context['worker_id']], JSON_THROW_ON_ERROR);
            }
            $this->counters[$frame->room]++;

            return json_encode([
                'type' => 'ack',
                'room' => $frame->room,
                'cid' => $frame->clientMsgId,
                'seq' => $this->counters[$frame->room],
                'worker' => $context['worker_id'],
            ], JSON_THROW_ON_ERROR);
        }
    }

    final class Logger
    {
        private int $lines = 0;

        public function debug(string $message, array $context): void
        {
            // shipped to stdout by the supervisor in production; counted here
            $this->lines += \count($context);
        }
    }
}

namespace {

    use Chat\App\Frame;
    use Chat\App\FrameContext;
    use Chat\App\Logger;
    use Chat\App\RoomRouter;
    use Chat\Runtime\TcpConnection;
    use Chat\Runtime\Worker;

    $worker = new Worker('websocket://0.0.0.0:8282');
    $router = new RoomRouter();
    $logger = new Logger();
    $context = ['service' => 'chat-gateway', 'worker_id' => null, 'frames' => []];

    $worker->onWorkerStart = static function (Worker $w) use (&$context): void {
        $context['worker_id'] = $w->id;
    };

    $worker->onMessage = static function (TcpConnection $connection, string $raw) use ($context, $router, $logger): void {
        $frame = Frame::decode($raw);
        $context = FrameContext::with($context, $connection, $frame);
        $logger->debug('frame received', $context);
        $connection->send($router->dispatch($frame, $context));
    };

    $frames = static function (int $count): \Generator {
        $rooms = ['lobby', 'support', 'random'];
        for ($i = 0; $i < $count; $i++) {
            yield 1000 + $i => json_encode([
                'type' => 'message',
                'room' => $rooms[$i % 3],
                'text' => 'Hello from client ' . $i . ': ' . str_repeat('lorem ipsum dolor sit amet ', 12),
                'cid' => uniqid('m', true),
            ], JSON_THROW_ON_ERROR);
        }
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker->runFrames($frames($n));
}
