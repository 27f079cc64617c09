<?php

namespace App\Label;

final class LabelPrinterSpool
{
    private int $bytesSent = 0;

    public function send(string $zplText): void
    {
        $this->bytesSent += strlen($zplText);
    }
}
