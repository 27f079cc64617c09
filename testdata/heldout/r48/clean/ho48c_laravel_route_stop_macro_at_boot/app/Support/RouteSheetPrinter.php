<?php

namespace App\Support;

final class RouteSheetPrinter
{
    private int $sheets = 0;

    public function print(string $channel, string $routeCode, array $stops): void
    {
        ++$this->sheets;
    }
}
