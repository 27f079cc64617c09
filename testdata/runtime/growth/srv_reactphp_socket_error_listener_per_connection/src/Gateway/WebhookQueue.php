<?php

namespace App\Gateway;

final class WebhookQueue
{
    private int $pushed = 0;
    private int $bytes = 0;

    public function push(string $peer, int $size): void
    {
        $this->pushed++;
        $this->bytes += $size;
    }
}
