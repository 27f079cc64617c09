<?php

declare(strict_types=1);

/**
 * Small TCP daemon skeleton: accept a connection, let the protocol parse the
 * incoming frames and reply through the connection, then close it.
 */
final class FakeSocketServer
{
    private int $accepted = 0;

    public function __construct(private string $address, private int $maxConnections)
    {
    }

    public function accept(): ?Connection
    {
        if ($this->accepted >= $this->maxConnections) {
            return null;
        }
        $id = ++$this->accepted;
        $frames = [];
        for ($k = 0; $k < 4; $k++) {
            $frames[] = sprintf("SET session:%d:%d %s\r\n", $id, $k, bin2hex(str_repeat(chr(65 + ($id + $k) % 26), 40)));
        }
        $frames[] = "QUIT\r\n";

        return new Connection($id, "10.1.{$id}.7:" . (40000 + $id % 20000), implode('', $frames));
    }
}

final class Connection
{
    public string $readBuffer;
    public string $writeBuffer = '';
    public bool $open = true;
    private LineProtocol $protocol;

    public function __construct(public readonly int $id, public readonly string $peer, string $incoming)
    {
        $this->readBuffer = $incoming;
        $this->protocol = new LineProtocol($this); // leak
    }

    public function pump(): void
    {
        while ($this->open && ($pos = strpos($this->readBuffer, "\r\n")) !== false) {
            $line = substr($this->readBuffer, 0, $pos);
            $this->readBuffer = substr($this->readBuffer, $pos + 2);
            $this->protocol->onLine($line);
        }
    }

    public function write(string $data): void
    {
        $this->writeBuffer .= $data;
    }

    public function close(): void
    {
        $this->open = false;
    }
}

final class LineProtocol
{
    private Connection $connection;
    public array $session = [];
    public int $commands = 0;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection; // leak
    }

    public function onLine(string $line): void
    {
        $this->commands++;
        $parts = explode(' ', $line, 3);
        switch (strtoupper($parts[0])) {
            case 'SET':
                $this->session[$parts[1]] = $parts[2] ?? '';
                $this->connection->write("+OK\r\n");
                break;
            case 'GET':
                $this->connection->write('$' . ($this->session[$parts[1]] ?? '') . "\r\n");
                break;
            case 'QUIT':
                $this->connection->write("+BYE\r\n");
                $this->connection->close();
                break;
            default:
                $this->connection->write("-ERR unknown command\r\n");
        }
    }
}

final class Daemon
{
    private array $stats = ['connections' => 0, 'bytes_out' => 0];

    public function __construct(private FakeSocketServer $server)
    {
    }

    public function run(): void
    {
        while (($conn = $this->server->accept()) !== null) {
            $conn->pump();
            $this->stats['connections']++;
            $this->stats['bytes_out'] += strlen($conn->writeBuffer);
            $conn->close();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$daemon = new Daemon(new FakeSocketServer('tcp://0.0.0.0:6380', $n));
$daemon->run();
