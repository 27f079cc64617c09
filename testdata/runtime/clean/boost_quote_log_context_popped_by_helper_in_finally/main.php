<?php
// A dating app prices boosts in a worker loop, with the quote pushed
// onto the pricing logger as context by a helper and popped by another
// in a finally: free-plan quotes return early, and still pop it.

require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/src/Pricing.php';

use App\Pricing\BoostPricer;

$pricer = new BoostPricer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pricer->price(['id' => 'Q' . $i, 'plan' => $i % 2 ? 'free' : 'gold', 'notes' => str_repeat('n', 400)]);
}
