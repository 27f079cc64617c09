<?php
// bin/console messenger:consume payments: the audit logger buffers its
// records in a BufferHandler made with no limit, which keeps every record
// until the handler is closed, and nothing resets the logger between
// messages.

require __DIR__ . '/vendor/symfony.php';
require __DIR__ . '/vendor/monolog.php';
require __DIR__ . '/src/Payments.php';

use App\Payments\PostPayment;
use App\Payments\PostPaymentHandler;
use Monolog\Handler\BufferHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Worker;

$audit = (new Logger('audit'))->pushHandler(new BufferHandler(new StreamHandler('php://stderr')));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$i = 0;
$receiver = static function () use (&$i, $n): ?PostPayment {
    if ($i >= $n) {
        return null;
    }
    $i++;
    return new PostPayment(sprintf('L-%04d', $i % 40), 125_000 + $i, sprintf('py_%s', hash('sha256', "payment-{$i}")));
};

$worker = new Worker($receiver, [PostPayment::class => new PostPaymentHandler($audit)], new EventDispatcher());
$worker->run();
