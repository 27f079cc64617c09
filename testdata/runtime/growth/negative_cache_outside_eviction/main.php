<?php
// A user lookup bounds its cache of hits with an eviction helper from a trait, but remembers misses in a second array that nothing bounds.

require_once __DIR__ . '/BoundedCache.php';
require_once __DIR__ . '/UserLookup.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$lookup = new UserLookup(['alice' => ['id' => 1], 'bob' => ['id' => 2]]);
for ($i = 0; $i < $n; $i++) {
    $lookup->find($i % 50 === 0 ? 'alice' : "ghost-{$i}@" . str_repeat('unknown-tenant.', 60) . 'example');
}
