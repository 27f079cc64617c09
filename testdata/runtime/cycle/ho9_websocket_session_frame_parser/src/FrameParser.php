<?php

namespace App\Realtime;

final class FrameParser
{
    private ?\Closure $onFrame = null;
    private string $buffer = '';

    public function onFrame(\Closure $callback): void
    {
        $this->onFrame = $callback; // leak
    }

    public function feed(string $chunk): void
    {
        $this->buffer .= $chunk;
        while (($pos = strpos($this->buffer, "\n")) !== false) {
            ($this->onFrame)(substr($this->buffer, 0, $pos));
            $this->buffer = substr($this->buffer, $pos + 1);
        }
    }
}
