<?php
// A request context array embeds a copy of itself (by value) for template rendering.

function buildViewContext(int $requestId): int
{
    $ctx = [
        'request_id' => $requestId,
        'user' => ['id' => $requestId % 50, 'name' => 'User ' . $requestId],
        'flash' => str_repeat('Saved! ', 20),
    ];
    $ctx['parent'] = $ctx;
    $ctx['parent']['request_id'] = 'outer-' . $requestId;
    return count($ctx, COUNT_RECURSIVE);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    buildViewContext($i);
}
