<?php

namespace App\Jobs;

use App\Support\RouteSheetPrinter;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Support\Collection;
use Illuminate\Support\Str;

use function Illuminate\Foundation\config;

// Orders tonight's stops of one van by each partner agency's receiving window.
final class PlanDeliveryRoute implements ShouldQueue
{
    /**
     * @param list<array{agency: string, address: string, crates: int}> $stops
     * @param array<string, string> $windows agency => receiving window
     */
    public function __construct(
        public string $routeCode,
        public string $depot,
        public array $stops,
        public array $windows,
    ) {
    }

    public function handle(RouteSheetPrinter $printer): void
    {
        if (!array_key_exists($this->depot, config('foodbank.depots'))) {
            return;
        }
        $channel = 'routes'.Str::studly($this->depot);

        $ordered = Collection::make($this->stops)->withDefaultWindow()->orderStopsByWindow($this->windows);

        $printer->print($channel, $this->routeCode, $ordered->all());
    }
}
