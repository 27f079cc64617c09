<?php
// Every request registers a header callback capturing its context; PHP keeps only the last one, so nothing piles up.

function send_headers_later(array $context): void
{
    header_register_callback(static function () use ($context): void {
        header('X-Request: ' . $context['id']);
    });
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    send_headers_later(['id' => "req-{$i}", 'trace' => str_repeat("span {$i} ", 80)]);
}
