<?php

declare(strict_types=1);

namespace OpenSwoole\WebSocket;

final class Frame
{
    public function __construct(public int $fd, public string $data, public int $opcode = 1)
    {
    }
}

/**
 * Tiny single-process stand-in for OpenSwoole\WebSocket\Server: tracks open fds,
 * buffers pushed data per fd and raises BufferFull / BufferEmpty when a peer's
 * output buffer crosses the configured size.
 */
class Server
{
    /** @var array<string, \Closure> */
    private array $handlers = [];
    /** @var array<int, int> fd => bytes currently buffered */
    private array $buffered = [];
    /** @var array<int, bool> */
    private array $full = [];
    private int $nextFd = 0;

    public function __construct(public readonly string $host, public readonly int $port, private int $bufferOutputSize = 2 * 1024 * 1024)
    {
    }

    public function on(string $event, \Closure $handler): void
    {
        $this->handlers[strtolower($event)] = $handler;
    }

    public function open(): int
    {
        $fd = ++$this->nextFd;
        $this->buffered[$fd] = 0;
        $this->fire('open', $this, $fd);
        return $fd;
    }

    public function message(int $fd, string $data): void
    {
        $this->fire('message', $this, new Frame($fd, $data));
    }

    public function close(int $fd): void
    {
        unset($this->buffered[$fd], $this->full[$fd]);
        $this->fire('close', $this, $fd);
    }

    public function isEstablished(int $fd): bool
    {
        return isset($this->buffered[$fd]);
    }

    public function push(int $fd, string $data): bool
    {
        if (!isset($this->buffered[$fd])) {
            return false;
        }
        // the kernel takes the bytes right away unless the peer stopped reading
        $this->buffered[$fd] = max(0, $this->buffered[$fd] + \strlen($data) - 65536);
        if ($this->buffered[$fd] >= $this->bufferOutputSize && empty($this->full[$fd])) {
            $this->full[$fd] = true;
            $this->fire('bufferfull', $this, $fd);
        } elseif ($this->buffered[$fd] === 0 && !empty($this->full[$fd])) {
            unset($this->full[$fd]);
            $this->fire('bufferempty', $this, $fd);
        }
        return true;
    }

    private function fire(string $event, mixed ...$args): void
    {
        if (isset($this->handlers[$event])) {
            ($this->handlers[$event])(...$args);
        }
    }
}
