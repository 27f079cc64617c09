<?php

namespace App\Console\Commands;

use App\Pricing\PriceCache;
use App\Pricing\PriceCalculator;
use Illuminate\Console\Command;

class WarmPriceCache extends Command
{
    protected $signature = 'prices:warm {--region=* : Regions to price}';

    protected $description = 'Price the best-selling catalogue into the in-process price cache';

    public function handle(PriceCalculator $calculator): int
    {
        $regions = $this->option('region') ?: ['DE'];
        for ($rank = 0; $rank < 150; $rank++) {
            foreach ($regions as $region) {
                PriceCache::put($calculator->quote(sprintf('SKU-%06d', $rank), $region));
            }
        }
        $this->info('Warmed ' . 150 * count($regions) . ' prices.');

        return 0;
    }
}
