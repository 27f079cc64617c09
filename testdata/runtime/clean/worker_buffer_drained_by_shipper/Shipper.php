<?php

final class Shipper
{
    private int $shipped = 0;

    public function ship(LogWorker $worker): void
    {
        $lines = $worker->drainBuffer();
        $this->shipped += count($lines);
    }
}
