<?php
// A connection factory builds the close handler before the connection exists; use ($conn) captures the null placeholder.

final class Connection
{
    public ?Closure $onClose = null;
    public array $log = [];

    public function __construct(public readonly string $dsn, public string $handshake) {}

    public function close(): void
    {
        if ($this->onClose !== null) {
            ($this->onClose)();
        }
    }
}

function openConnection(string $dsn, array &$stats): Connection
{
    $conn = null;
    $onClose = function () use ($conn, &$stats): void {
        $stats['closed']++;
        if ($conn !== null) {
            $conn->log[] = 'closed';
        }
    };
    $conn = new Connection($dsn, str_repeat('h', 700));
    $conn->onClose = $onClose;
    return $conn;
}

function handle(int $i, array &$stats): void
{
    $conn = openConnection("mysql:host=db;dbname=shop_{$i}", $stats);
    $conn->close();
}

$stats = ['closed' => 0];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $stats);
}
