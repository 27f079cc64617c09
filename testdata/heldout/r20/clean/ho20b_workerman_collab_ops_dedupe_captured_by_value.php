<?php

declare(strict_types=1);

namespace App\Collab;

// --- Workerman-like stand-ins ------------------------------------------------------

final class TcpConnection
{
    private static int $ids = 0;
    public readonly int $id;
    public string $outbound = '';

    public function __construct()
    {
        $this->id = ++self::$ids;
    }

    public function send(string $data): void
    {
        $this->outbound .= $data;
    }
}

final class Worker
{
    public ?\Closure $onMessage = null;
    public int $count = 1;

    public function __construct(public readonly string $listen)
    {
    }

    public function feed(TcpConnection $connection, string $frame): void
    {
        ($this->onMessage)($connection, $frame);
    }
}

// --- application ---------------------------------------------------------------------

enum OpType: string
{
    case Insert = 'ins';
    case Delete = 'del';
    case Retain = 'ret';
}

final readonly class Operation
{
    public function __construct(
        public string $id,
        public string $document,
        public OpType $type,
        public int $position,
        public string $text,
    ) {
    }

    public static function fromArray(array $raw): self
    {
        return new self(
            (string) $raw['id'],
            (string) $raw['doc'],
            OpType::from((string) $raw['t']),
            (int) $raw['pos'],
            (string) ($raw['text'] ?? ''),
        );
    }
}

final class DocumentStore
{
    /** @var array<string, int> document => revision */
    private array $revisions = [];

    public function apply(Operation $op): int
    {
        $this->revisions[$op->document] = ($this->revisions[$op->document] ?? 0) + 1;
        return $this->revisions[$op->document];
    }
}

final class OpsServer
{
    public function __construct(private readonly DocumentStore $documents)
    {
    }

    public function boot(Worker $worker): void
    {
        $worker->onMessage = $this->messageHandler();
    }

    /**
     * Clients resend every unacknowledged op with the next batch, so one
     * batch may carry the same op id more than once.
     */
    private function messageHandler(): \Closure
    {
        $applied = [];
        $documents = $this->documents;

        return static function (TcpConnection $connection, string $frame) use ($documents, $applied): void {
            $batch = json_decode($frame, true, 16, JSON_THROW_ON_ERROR);
            $acks = [];
            foreach ($batch['ops'] ?? [] as $raw) {
                $op = Operation::fromArray($raw);
                if (isset($applied[$op->id])) {
                    continue;
                }
                $applied[$op->id] = $op->document;
                $acks[] = ['id' => $op->id, 'rev' => $documents->apply($op)];
            }
            $connection->send(json_encode(['type' => 'ack', 'acks' => $acks], JSON_THROW_ON_ERROR));
        };
    }
}

// --- worker process ---------------------------------------------------------------------

$worker = new Worker('websocket://0.0.0.0:2346');
(new OpsServer(new DocumentStore()))->boot($worker);

$documents = ['doc-roadmap', 'doc-handbook', 'doc-retro'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client = 'c' . bin2hex(random_bytes(4));
    $ops = [];
    for ($k = 0; $k < 6; $k++) {
        $ops[] = ['id' => sprintf('%s:%d:%d', $client, $i, $k), 'doc' => $documents[$k % 3], 't' => 'ins', 'pos' => $k * 3, 'text' => 'x'];
    }
    $ops[] = $ops[2]; // retransmitted
    $worker->feed(new TcpConnection(), json_encode(['ops' => $ops]));
}
