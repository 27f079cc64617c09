<?php

namespace App\Calls;

final class CdrWriter
{
    /** @var resource */
    private $stream;

    public function __construct(string $path)
    {
        $this->stream = fopen($path, 'ab');
    }

    public function write(CallSession $session, string $disposition, ?int $billsec): void
    {
        fwrite($this->stream, implode(',', [
            $session->sid,
            $session->trunk,
            $session->from,
            $session->to,
            $disposition,
            $billsec ?? 0,
            date('c', (int) $session->openedAt),
            count($session->timeline()),
        ]) . "\n");
    }
}
