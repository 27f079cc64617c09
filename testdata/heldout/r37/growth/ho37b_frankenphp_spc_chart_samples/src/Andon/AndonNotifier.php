<?php

namespace App\Andon;

final class AndonNotifier
{
    public int $raised = 0;
    public string $lastMessage = '';

    public function raise(string $characteristic, string $reason): void
    {
        $this->raised++;
        $this->lastMessage = sprintf('[ANDON] SPC %s: %s', $characteristic, $reason);
    }
}
