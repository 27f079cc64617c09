<?php
namespace App\Logging;

final class SyslogTransport
{
    private int $bytesSent = 0;

    public function send(string $line): void
    {
        $this->bytesSent += \strlen($line);
    }
}
