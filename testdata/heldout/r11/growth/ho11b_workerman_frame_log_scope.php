<?php

declare(strict_types=1);

namespace App\Workerman;

final class Connection
{
    public int $sent = 0;

    public function __construct(public readonly int $id)
    {
    }

    public function send(string $data): void
    {
        $this->sent += \strlen($data);
    }
}

/** Stand-in for Workerman\Worker (websocket protocol), PHPLEAK_N messages. */
final class Worker
{
    /** @var callable */
    public $onMessage;

    public function __construct(private int $messages)
    {
    }

    public function run(): void
    {
        for ($i = 0; $i < $this->messages; ++$i) {
            $frames = [
                ['type' => 'ping', 'seq' => $i * 3],
                ['type' => 'cursor', 'seq' => $i * 3 + 1, 'doc' => 'doc-' . ($i % 20), 'pos' => $i % 400],
                ['type' => 'edit', 'seq' => $i * 3 + 2, 'doc' => 'doc-' . ($i % 20), 'ops' => [['insert', $i % 400, 'x']]],
            ];
            ($this->onMessage)(new Connection($i % 32), \json_encode($frames));
        }
    }
}

final class ScopedLogger
{
    private \SplStack $scopes;
    public int $lines = 0;

    public function __construct()
    {
        $this->scopes = new \SplStack();
    }

    public function pushScope(array $context): void
    {
        $this->scopes->push($context); // leak
    }

    public function popScope(): void
    {
        $this->scopes->pop();
    }

    public function info(string $message): void
    {
        $merged = [];
        foreach ($this->scopes as $scope) {
            $merged += $scope;
            break;
        }
        $this->lines += \strlen($message) + \count($merged);
    }
}

final class CollabServer
{
    private array $documents = [];

    public function __construct(private ScopedLogger $logger)
    {
    }

    public function onMessage(Connection $connection, string $data): void
    {
        foreach (\json_decode($data, true) as $frame) {
            $this->logger->pushScope([
                'connection' => $connection->id,
                'seq' => $frame['seq'],
                'frame_type' => $frame['type'],
                'client' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
                'session' => \hash('sha512', $connection->id . ':' . $frame['seq']) . \hash('sha512', (string) $frame['seq']),
                'origin' => 'https://editor.example.test/workspaces/' . ($connection->id % 8) . '/documents/' . ($frame['doc'] ?? 'none') . '?view=split&panel=history',
            ]);

            if ($frame['type'] === 'ping') {
                $connection->send('{"type":"pong"}');
                continue;
            }

            $doc = $frame['doc'];
            $this->documents[$doc] = ($this->documents[$doc] ?? 0) + 1;
            $this->logger->info("applied {$frame['type']} to {$doc}");
            $connection->send(\json_encode(['ack' => $frame['seq'], 'rev' => $this->documents[$doc]]));

            $this->logger->popScope();
        }
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$logger = new ScopedLogger();
$server = new CollabServer($logger);

$worker = new Worker($n);
$worker->onMessage = [$server, 'onMessage'];
$worker->run();
