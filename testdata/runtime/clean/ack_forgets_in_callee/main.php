<?php
// A consumer tracks in-flight messages; the acknowledger (another file) makes it forget each message once settled.

require_once __DIR__ . '/Message.php';
require_once __DIR__ . '/Consumer.php';
require_once __DIR__ . '/Acknowledger.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new Acknowledger());
for ($i = 0; $i < $n; $i++) {
    $consumer->receive(new Message(sprintf('%08x-%04x', $i, $i), json_encode(['event' => 'invoice.paid', 'invoice' => $i, 'pdf' => str_repeat('J', 500)])));
}
