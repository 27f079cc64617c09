<?php
// Symfony app in a worker runtime: a #[Route] action validates each tenant's billing settings with a ConfigurationInterface
// tree built per request; the configuration keeps its tree builder, whose validation closure keeps the configuration ($this),
// and the tree's nodes link to their parents, so every request leaves garbage cycles.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Billing/BillingSettingsConfiguration.php';
require_once __DIR__.'/src/Controller/TenantBillingController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['currency' => 0 === $i % 2 ? 'eur' : 'chf', 'payment_terms_days' => 15 + $i % 60, 'invoice' => ['number_prefix' => "T{$i}-"]]);
    $request = Request::create(sprintf('/tenants/t-%05d/billing', $i), 'PUT', [], [], [], ['CONTENT_TYPE' => 'application/json'], $body);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
