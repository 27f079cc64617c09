<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Tenancy/Tenant.php';
require __DIR__ . '/src/Tenancy/TenantRepository.php';
require __DIR__ . '/src/Tenancy/TenantContext.php';
require __DIR__ . '/src/Billing/UsageBatch.php';
require __DIR__ . '/src/Billing/UsageBatchHandler.php';

use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$services = (require __DIR__ . '/config/services.php')();

// bin/console messenger:consume usage --limit=N
$bus = new MessageBus($services['handlers']);
$worker = new Worker(['usage' => $services['receiver']], $bus, (int) (getenv('PHPLEAK_N') ?: 100));
$worker->run();
