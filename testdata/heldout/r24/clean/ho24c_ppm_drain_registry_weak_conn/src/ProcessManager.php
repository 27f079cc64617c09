<?php

namespace PhpPm;

use React\Socket\Connection;

final class ProcessManager
{
    private int $requests = 0;
    private ?string $pendingReload = null;

    public function __construct(
        private SlavePool $pool,
        private GracefulDrain $drain,
    ) {
    }

    public function onConnection(Connection $incoming): void
    {
        $this->drain->track($incoming);

        $head = $incoming->read();
        $slave = $this->pool->getFree();
        $response = $slave->handle($head);
        $this->requests++;

        $keepAlive = stripos($head, "Connection: keep-alive") !== false;
        $incoming->write($response);
        if (!$keepAlive) {
            $incoming->close();
        }
    }

    public function onFileChanged(string $path): void
    {
        $this->pendingReload = $path;
        $this->drain->drainAll("reload: {$path}");
    }
}
