<?php

namespace PhpPm;

final class Slave
{
    public int $handled = 0;
    public float $lastUsed = 0.0;

    public function __construct(public readonly int $port, public readonly int $pid)
    {
    }

    public function handle(string $requestHead): string
    {
        $this->handled++;
        $this->lastUsed = microtime(true);
        [$line] = explode("\r\n", $requestHead, 2);
        $body = json_encode(['ok' => true, 'worker' => $this->pid, 'request' => $line]);

        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-PPM-Worker: {$this->port}\r\n"
            . 'Content-Length: ' . strlen($body) . "\r\n\r\n" . $body;
    }
}

final class SlavePool
{
    /** @var list<Slave> */
    private array $slaves = [];
    private int $next = 0;

    public function __construct(int $count, int $basePort)
    {
        for ($i = 0; $i < $count; $i++) {
            $this->slaves[] = new Slave($basePort + $i, 20000 + $i);
        }
    }

    public function getFree(): Slave
    {
        $slave = $this->slaves[$this->next];
        $this->next = ($this->next + 1) % count($this->slaves);

        return $slave;
    }
}
