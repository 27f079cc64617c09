<?php

declare(strict_types=1);

// A legacy front controller, run by a worker loop for every request,
// defers its receipts into a global list. The list is drained after
// fastcgi_finish_request(), which only FPM has: in the worker the drain
// never runs, and the list keeps every task with its arguments.

function defer_task(callable $task, mixed ...$args): void
{
    $GLOBALS['deferred_tasks'][] = [$task, $args]; // leak
}

function run_deferred_tasks(): void
{
    while ($GLOBALS['deferred_tasks']) {
        [$task, $args] = array_shift($GLOBALS['deferred_tasks']);
        $task(...$args);
    }
}

function app_terminate(): void
{
    if (function_exists('fastcgi_finish_request')) {
        fastcgi_finish_request();
        run_deferred_tasks();
    }
}

final class ReceiptMailer
{
    public int $sent = 0;

    public function send(string $email, array $lines): void
    {
        $this->sent += count($lines) > 0 ? 1 : 0;
    }
}

function handle_checkout(ReceiptMailer $mailer, array $post): string
{
    $lines = [];
    foreach ($post['items'] as $sku => $qty) {
        $lines[] = sprintf('%s x%d, gift-wrapped, delivery note: %s', $sku, $qty, $post['note']);
    }
    defer_task([$mailer, 'send'], $post['email'], $lines);

    return 'ok';
}

$GLOBALS['deferred_tasks'] = [];
$mailer = new ReceiptMailer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $post = [
        'email' => "buyer{$i}@example.net",
        'items' => ['sku-' . ($i % 17) => 1 + $i % 3, 'sku-' . ($i % 5) => 1],
        'note' => 'Please leave at the back door, next to the blue bins.',
    ];
    ob_start();
    echo handle_checkout($mailer, $post);
    ob_end_clean();
    app_terminate();
}
