<?php
// Symfony app in a worker runtime: an invokable listener declared with a bare #[AsEventListener] on the class (event taken
// from the type of __invoke's argument) queues every receipt on its own property and never sends them.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Event/InvoicePaidEvent.php';
require_once __DIR__.'/src/Mail/ReceiptEmail.php';
require_once __DIR__.'/src/Controller/PaymentWebhookController.php';
require_once __DIR__.'/src/EventListener/SendReceiptListener.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['type' => 'invoice.paid', 'data' => ['number' => sprintf('INV-%06d', $i), 'email' => "client{$i}@example.org", 'amount' => 1000 + $i, 'currency' => 'EUR']]);
    $request = Request::create('/webhooks/payments', 'POST', [], [], [], ['CONTENT_TYPE' => 'application/json'], $body);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
