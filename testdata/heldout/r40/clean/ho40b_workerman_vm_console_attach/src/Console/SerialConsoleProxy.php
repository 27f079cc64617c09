<?php

namespace Panel\Console;

/**
 * Forwards keystrokes to the hypervisor's serial socket and returns what the
 * guest echoed back (simulated).
 */
final class SerialConsoleProxy
{
    public int $forwarded = 0;

    public function forward(string $node, string $vmUuid, string $keys): string
    {
        $this->forwarded += strlen($keys);

        return $keys === "\r" ? "\r\nroot@$vmUuid:~# " : $keys;
    }
}
