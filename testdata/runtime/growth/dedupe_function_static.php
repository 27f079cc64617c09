<?php
// Message deduplication with a function-level static map of seen messages.

function alreadyProcessed(array $message): bool
{
    static $seen = [];
    if (isset($seen[$message['id']])) {
        return true;
    }
    $seen[$message['id']] = $message; // leak
    return false;
}

function consume(array $message): void
{
    if (alreadyProcessed($message)) {
        return;
    }
    // handle the message
    strlen($message['body']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    consume(['id' => 'msg-' . $i, 'body' => str_repeat('{"type":"order.created"}', 30)]);
}
