<?php
// A dating app prices boosts in a worker loop, with the quote pushed
// onto the pricing logger as context by a helper and popped by another.
// Free-plan quotes return before the pop: their context stays on the
// logger, which the registry keeps for the life of the process.

require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/src/Pricing.php';

use App\Pricing\BoostPricer;

$pricer = new BoostPricer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pricer->price(['id' => 'Q' . $i, 'plan' => $i % 2 ? 'free' : 'gold', 'notes' => str_repeat('n', 400)]);
}
